using Dapr.Actors;
using Dapr.Actors.Client;
using LocalDapr;
using PurchasePlatform.Inventory.Actors;
using PurchasePlatform.Inventory.Domain;
using PurchasePlatform.TestSupport;

namespace PurchasePlatform.Inventory.Tests.Actors;

/// <summary>The stock actor called through a real actor proxy and LocalDapr, with in-memory actor state.</summary>
public sealed class StockActorOverLocalDaprTests : IAsyncLifetime
{
    private static readonly TimeSpan HoldFor = TimeSpan.FromSeconds(1);

    private TestRun run = null!;
    private StockActorHostApp app = null!;

    public async Task InitializeAsync()
    {
        var port = LoopbackPorts.Free();
        run = await TestRun.StartAsync(
            new Dictionary<string, string>
            {
                ["actorstore.yaml"] = Yaml.Component("actorstore", "state.in-memory", ("actorStateStore", "true")),
            },
            new Dictionary<string, int?> { ["inventory"] = port, ["caller"] = null });
        app = await StockActorHostApp.StartAsync(port, run.HttpEndpoint("inventory"), HoldFor);
        await run.Host.AppsSubscribed.WaitAsync(TimeSpan.FromSeconds(20));
    }

    public async Task DisposeAsync()
    {
        await app.DisposeAsync();
        await run.DisposeAsync();
    }

    private IStockActor Stock(string productId) =>
        ActorProxy.Create<IStockActor>(new ActorId(productId), nameof(StockActor),
            new ActorProxyOptions { HttpEndpoint = run.HttpEndpoint("caller"), UseJsonSerialization = true });

    [Fact]
    public async Task Reserve_confirm_and_duplicate_work_through_the_sidecar()
    {
        var stock = Stock("product-1");
        await stock.SetAvailableAsync(5);

        var first = await stock.ReserveAsync(new ReserveRequest("order-1", 3));
        var again = await stock.ReserveAsync(new ReserveRequest("order-1", 3));
        var refused = await stock.ReserveAsync(new ReserveRequest("order-2", 3));
        var confirmed = await stock.ConfirmAsync("order-1");

        Assert.Equal(ReserveResult.Reserved, first.Result);
        Assert.Equal(first with { IsDuplicate = true }, again);
        Assert.Equal(ReserveResult.SoldOut, refused.Result);
        Assert.Equal(SettleResult.Confirmed, confirmed);
        Assert.Equal(new StockCounts(2, 0, 3), await stock.GetCountsAsync());
    }

    [Fact]
    public async Task Unconfirmed_reservation_is_released_by_its_reminder()
    {
        var stock = Stock("product-2");
        await stock.SetAvailableAsync(4);
        await stock.ReserveAsync(new ReserveRequest("order/1?x=1#y", 4));

        StockCounts? counts = null;
        await Eventually.WaitUntilAsync(() =>
        {
            counts = stock.GetCountsAsync().GetAwaiter().GetResult();
            return counts.Available == 4;
        }, seconds: 10);

        Assert.Equal(new StockCounts(4, 0, 0), counts);
        Assert.Equal(SettleResult.AlreadyExpired, await stock.ConfirmAsync("order/1?x=1#y"));
    }
}
