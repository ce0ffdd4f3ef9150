using System.Web;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using PurchasePlatform.Inventory.Catalog;
using PurchasePlatform.Inventory.Stock;
using PurchasePlatform.Inventory.Tests.Fakes;
using PurchasePlatform.TestSupport;

namespace PurchasePlatform.Inventory.Tests.Catalog;

public class CatalogStockSyncTests
{
    // Like the seed: prod-001..prod-250, stock 1..250.
    private static readonly (string Id, int Stock)[] Products = [.. Enumerable.Range(1, 250).Select(i => ($"prod-{i:D3}", i))];

    private readonly FakeDapr dapr = new();
    private readonly InProcessShards shards;
    private readonly FakeCatalog catalog = new(Products);

    public CatalogStockSyncTests() => shards = new InProcessShards(dapr, new ManualClock(DateTimeOffset.UnixEpoch));

    private static IOptions<InventoryOptions> Options(bool enabled = true) => Microsoft.Extensions.Options.Options.Create(new InventoryOptions
    {
        CatalogSync = { Enabled = enabled, FirstRetry = TimeSpan.FromMilliseconds(1), MaxRetry = TimeSpan.FromMilliseconds(4) },
    });

    // A fresh Inventory instance: its own caches over the same state store and shards.
    private StockService Stock() => new(shards, new ProductShardCounts(dapr.Client, Options()));

    private CatalogStockSync Sync(bool enabled = true) =>
        new(new DaprCatalogProducts(catalog.Client()), Stock(), Options(enabled), TimeProvider.System, NullLogger<CatalogStockSync>.Instance);

    private static async Task RunToEnd(CatalogStockSync sync)
    {
        await sync.StartAsync(CancellationToken.None);
        // Only a guard against a hang; the sync ends on its own.
        await sync.ExecuteTask!.WaitAsync(TimeSpan.FromMinutes(1));
    }

    [Fact]
    public async Task Pages_through_the_catalog_and_initialises_every_product()
    {
        var result = await Sync().RunOnceAsync(CancellationToken.None);

        Assert.Equal(new CatalogSyncResult(250, 250, 0), result);
        Assert.Equal(["1", "2", "3"], catalog.Requests.Select(r => HttpUtility.ParseQueryString(r.RequestUri!.Query)["pageNumber"]));
        Assert.All(catalog.Requests, r => Assert.Equal("100", HttpUtility.ParseQueryString(r.RequestUri!.Query)["pageSize"]));
        Assert.Equal(new StockView("prod-001", 1, 0, 0, 4), await Stock().FindAsync("prod-001", CancellationToken.None));
        Assert.Equal(new StockView("prod-250", 250, 0, 0, 4), await Stock().FindAsync("prod-250", CancellationToken.None));
    }

    [Fact]
    public async Task Products_initialised_before_are_skipped()
    {
        await Stock().SetAsync("prod-002", 1, CancellationToken.None);
        var orders = new FlashOrderService(shards, new ProductShardCounts(dapr.Client, Options()), dapr.Client);
        Assert.Equal(FlashOrderResult.Accepted, (await orders.PlaceAsync("prod-002", "u", "k", 1, CancellationToken.None)).Result);

        var first = await Sync().RunOnceAsync(CancellationToken.None);
        var afterRestart = await Sync().RunOnceAsync(CancellationToken.None);

        Assert.Equal(new CatalogSyncResult(250, 249, 0), first);
        Assert.Equal(new CatalogSyncResult(250, 0, 0), afterRestart);
        Assert.Equal(new StockView("prod-002", 0, 0, 1, 4), await Stock().FindAsync("prod-002", CancellationToken.None));
    }

    [Fact]
    public async Task Retries_while_the_catalog_is_down()
    {
        catalog.FailNext = 3;
        var sync = Sync();

        await RunToEnd(sync);

        Assert.True(sync.ExecuteTask!.IsCompletedSuccessfully);
        Assert.Equal(3 + 3, catalog.Requests.Count);
        Assert.Equal(new StockView("prod-250", 250, 0, 0, 4), await Stock().FindAsync("prod-250", CancellationToken.None));
    }

    [Fact]
    public async Task Disabled_sync_asks_the_catalog_nothing()
    {
        await RunToEnd(Sync(enabled: false));

        Assert.Empty(catalog.Requests);
        Assert.Null(await Stock().FindAsync("prod-001", CancellationToken.None));
    }

    [Fact]
    public async Task Catalog_is_asked_through_the_sidecar_oldest_first()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["DAPR_HTTP_PORT"] = "3999" }).Build();
        var services = new ServiceCollection().Configure<InventoryOptions>(_ => { }).AddCatalogStockSync(configuration);
        services.AddHttpClient<ICatalogProducts, DaprCatalogProducts>().ConfigurePrimaryHttpMessageHandler(() => catalog);
        using var provider = services.BuildServiceProvider();

        var page = await provider.GetRequiredService<ICatalogProducts>().GetPageAsync(2, 100, CancellationToken.None);

        Assert.Equal(2, page.PageNumber);
        Assert.Equal(3, page.TotalPages);
        Assert.Equal("prod-101", page.Items[0].Id);
        var request = Assert.Single(catalog.Requests);
        Assert.Equal("http://127.0.0.1:3999/api/v1/products?pageNumber=2&pageSize=100&sortBy=createdAt&sortOrder=asc", request.RequestUri!.ToString());
        Assert.Equal(["catalog"], request.Headers.GetValues("dapr-app-id"));
    }
}
