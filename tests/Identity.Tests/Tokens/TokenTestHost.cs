using System.Net.Http.Headers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PurchasePlatform.BuildingBlocks;
using PurchasePlatform.BuildingBlocks.Responses;
using PurchasePlatform.Identity.Tokens;

namespace PurchasePlatform.Identity.Tests.Tokens;

/// <summary>
/// An in-memory app wired the way Identity's Program wires tokens (AddIdentityTokens, the service defaults,
/// MapTokenDiscovery) over an in-memory secret store, plus a protected route <c>/api/v1/whoami</c>.
/// </summary>
public sealed class TokenTestHost : IAsyncDisposable
{
    private readonly WebApplication app;

    private TokenTestHost(WebApplication app)
    {
        this.app = app;
        Client = app.GetTestClient();
    }

    public HttpClient Client { get; }

    public IServiceProvider Services => app.Services;

    public ISigningKeySource Keys => app.Services.GetRequiredService<ISigningKeySource>();

    public IAccessTokenIssuer Issuer => app.Services.GetRequiredService<IAccessTokenIssuer>();

    /// <param name="secrets">The secret store; null: the real one, Dapr's, at the sidecar the settings name.</param>
    public static async Task<TokenTestHost> StartAsync(InMemorySigningKeySecrets? secrets, IDictionary<string, string?>? settings = null)
    {
        var app = Build(secrets, settings);
        await app.StartAsync();
        return new TokenTestHost(app);
    }

    public static WebApplication Build(InMemorySigningKeySecrets? secrets, IDictionary<string, string?>? settings = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(TokenTestHost).Assembly.GetName().Name,
            EnvironmentName = "Production",
        });
        builder.WebHost.UseTestServer();
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["DAPR_HTTP_ENDPOINT"] = "", ["APP_PORT"] = "" });
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
        if (secrets is not null)
        {
            builder.Services.AddSingleton<ISigningKeySecrets>(secrets);
        }

        builder.Services.AddIdentityTokens(builder.Configuration);

        var app = builder.BuildWithServiceDefaults("identity");
        app.MapTokenDiscovery();
        app.MapGet("/api/v1/whoami", (HttpContext context) => ApiResults.Ok(new { subject = context.User.Identity?.Name })).RequireAuthorization();
        return app;
    }

    public Task<HttpResponseMessage> WhoAmIAsync(string token)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/whoami");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return Client.SendAsync(request);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
