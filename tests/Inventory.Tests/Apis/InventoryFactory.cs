using Dapr.Client;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using PurchasePlatform.Inventory.Stock;
using PurchasePlatform.Inventory.Tests.Fakes;
using PurchasePlatform.TestSupport;

namespace PurchasePlatform.Inventory.Tests.Apis;

/// <summary>
/// The real Inventory service (its Program and appsettings.json) with the shard actors in process, the sidecar
/// mocked (<see cref="FakeDapr"/>) and the test signing key trusted.
/// </summary>
// Any type of the service assembly names it; Program is ambiguous here (LocalDapr, through TestSupport, has one too).
internal sealed class InventoryFactory : WebApplicationFactory<InventoryOptions>
{
    public FakeDapr Dapr { get; } = new();

    public ManualClock Clock { get; } = new(new DateTimeOffset(2026, 1, 1, 12, 0, 0, TimeSpan.Zero));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Inventory:CatalogSync:Enabled", "false");
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<DaprClient>();
            services.AddSingleton(Dapr.Client);
            services.RemoveAll<IStockShards>();
            services.AddSingleton<IStockShards>(provider =>
                new InProcessShards(Dapr, Clock, provider.GetRequiredService<IOptions<InventoryOptions>>().Value));
            services.TrustOnlySigningKey(TestTokens.TrustedKey);
        });
    }
}
