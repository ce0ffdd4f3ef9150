using System.Globalization;
using Dapr.Client;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using PurchasePlatform.BuildingBlocks.ServiceIdentity;
using PurchasePlatform.Identity.Tests.Infrastructure;

namespace PurchasePlatform.Identity.Tests.ClientCredentials;

/// <summary>BuildingBlocks' client-credentials token provider against the real Identity, through a Dapr sidecar.</summary>
[Collection(ServiceClientIdentityCollection.Name)]
public sealed class ServiceTokenProviderTests(ServiceClientIdentityApp identity)
{
    [Fact]
    public async Task The_provider_fetches_a_service_token_once_and_asks_again_shortly_before_it_expires()
    {
        var clock = new TestClock();
        await using var services = Services(clock, "orchestrator");
        var tokens = services.GetRequiredService<IServiceTokenProvider>();

        var first = await tokens.GetTokenAsync(CancellationToken.None);
        var cached = await tokens.GetTokenAsync(CancellationToken.None);
        clock.Advance(TimeSpan.FromMinutes(58) + TimeSpan.FromSeconds(1));
        var renewed = await tokens.GetTokenAsync(CancellationToken.None);

        Assert.Equal("orchestrator", new JsonWebToken(first).Subject);
        Assert.Same(first, cached);
        Assert.NotEqual(new JsonWebToken(first).Id, new JsonWebToken(renewed).Id);
    }

    [Fact]
    public async Task A_client_whose_secret_is_not_in_the_store_gets_a_clear_error()
    {
        await using var services = Services(TimeProvider.System, "stranger");

        var error = await Assert.ThrowsAsync<ServiceTokenException>(() =>
            services.GetRequiredService<IServiceTokenProvider>().GetTokenAsync(CancellationToken.None).AsTask());

        Assert.Contains("stranger:clientSecret", error.Message);
    }

    private ServiceProvider Services(TimeProvider clock, string clientId)
    {
        var port = identity.SidecarHttpPort.ToString(CultureInfo.InvariantCulture);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["DAPR_HTTP_ENDPOINT"] = "",
            ["DAPR_HTTP_PORT"] = port,
        }).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton(clock);
        services.AddLogging();
        var grpcPort = identity.Services.GetRequiredService<IConfiguration>()["DAPR_GRPC_PORT"];
        services.AddSingleton(new DaprClientBuilder().UseHttpEndpoint($"http://127.0.0.1:{port}").UseGrpcEndpoint($"http://127.0.0.1:{grpcPort}").Build());
        services.AddServiceIdentity(configuration, clientId);
        return services.BuildServiceProvider();
    }
}
