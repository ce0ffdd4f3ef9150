using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using PurchasePlatform.Catalog.Tests.Infrastructure;

namespace PurchasePlatform.Catalog.Tests.Events;

/// <summary>The pub/sub subscriptions: stock from Inventory, purchases and cancellations; each idempotent.</summary>
public sealed class SubscriptionTests(CatalogApp app) : IClassFixture<CatalogApp>
{
    [Fact]
    public async Task The_subscribe_handler_lists_the_four_topics_on_the_pubsub_component()
    {
        var subscriptions = JsonNode.Parse(await app.Client.GetStringAsync("/dapr/subscribe"))!.AsArray();

        var topics = subscriptions.Select(s => s!).Select(s => (s.Str("pubsubName"), s.Str("topic"), s.Str("route"))).ToHashSet();
        Assert.Contains(("pubsub", "inventory.stock_changed.v1", "events/inventory/stock-changed"), topics);
        Assert.Contains(("pubsub", "inventory.order_accepted.v1", "events/inventory/order-accepted"), topics);
        Assert.Contains(("pubsub", "orders.order_placed.v1", "events/orders/order-placed"), topics);
        Assert.Contains(("pubsub", "orders.order_canceled.v1", "events/orders/order-canceled"), topics);
    }

    [Fact]
    public async Task Until_inventory_reports_a_product_its_catalog_stock_is_shown()
    {
        var expected = await app.InDatabaseAsync(db => db.Products.Where(p => p.Id == "prod-070").Select(p => p.StockQuantity).SingleAsync());

        var product = await app.GetDataAsync("/api/v1/products/prod-070");

        Assert.Equal(expected, product["stock"]!.GetValue<int>());
    }

    [Fact]
    public async Task Stock_is_the_sum_over_shards_of_the_highest_version_seen()
    {
        await app.DeliverAsync(OrderEvents.StockChangedRoute, OrderEvents.StockChanged("prod-071", 0, 2, 10, version: 3));
        await app.DeliverAsync(OrderEvents.StockChangedRoute, OrderEvents.StockChanged("prod-071", 1, 2, 7, version: 1));
        Assert.Equal(17, (await app.GetDataAsync("/api/v1/products/prod-071"))["stock"]!.GetValue<int>());

        Assert.Equal("SUCCESS", await app.DeliverAsync(OrderEvents.StockChangedRoute, OrderEvents.StockChanged("prod-071", 0, 2, 99, version: 2)));
        Assert.Equal("SUCCESS", await app.DeliverAsync(OrderEvents.StockChangedRoute, OrderEvents.StockChanged("prod-071", 0, 2, 99, version: 3)));
        Assert.Equal(17, (await app.GetDataAsync("/api/v1/products/prod-071"))["stock"]!.GetValue<int>());

        await app.DeliverAsync(OrderEvents.StockChangedRoute, OrderEvents.StockChanged("prod-071", 1, 2, 0, version: 2));
        var product = await app.GetDataAsync("/api/v1/products/prod-071");
        Assert.Equal(10, product["stock"]!.GetValue<int>());
        Assert.True(product["inStock"]!.GetValue<bool>());
    }

    [Fact]
    public async Task A_product_shows_its_catalog_stock_until_every_shard_has_reported()
    {
        var catalogStock = await app.InDatabaseAsync(db => db.Products.Where(p => p.Id == "prod-076").Select(p => p.StockQuantity).SingleAsync());

        await app.DeliverAsync(OrderEvents.StockChangedRoute, OrderEvents.StockChanged("prod-076", 0, 3, catalogStock + 1, version: 1));
        await app.DeliverAsync(OrderEvents.StockChangedRoute, OrderEvents.StockChanged("prod-076", 2, 3, 1, version: 1));
        Assert.Equal(catalogStock, (await app.GetDataAsync("/api/v1/products/prod-076"))["stock"]!.GetValue<int>());

        await app.DeliverAsync(OrderEvents.StockChangedRoute, OrderEvents.StockChanged("prod-076", 1, 3, 3, version: 1));
        Assert.Equal(catalogStock + 5, (await app.GetDataAsync("/api/v1/products/prod-076"))["stock"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_product_sold_out_everywhere_shows_not_in_stock()
    {
        await app.DeliverAsync(OrderEvents.StockChangedRoute, OrderEvents.StockChanged("prod-072", 0, 1, 0, version: 5));

        var product = await app.GetDataAsync("/api/v1/products/prod-072");

        Assert.Equal(0, product["stock"]!.GetValue<int>());
        Assert.False(product["inStock"]!.GetValue<bool>());
    }

    [Fact]
    public async Task A_redelivered_order_is_recorded_once()
    {
        var userId = Guid.NewGuid().ToString("D");
        var order = OrderEvents.Placed("order-dup-1", userId, "prod-073", "prod-074");

        Assert.Equal("SUCCESS", await app.DeliverAsync(OrderEvents.OrderPlacedRoute, order));
        Assert.Equal("SUCCESS", await app.DeliverAsync(OrderEvents.OrderPlacedRoute, order));
        Assert.Equal("SUCCESS", await app.DeliverAsync(OrderEvents.OrderAcceptedRoute, OrderEvents.Accepted("order-dup-1", userId, "prod-073")));

        var purchases = await app.InDatabaseAsync(db => db.Purchases.Where(p => p.OrderId == "order-dup-1").Select(p => p.ProductId).ToListAsync());
        Assert.Equal(["prod-073", "prod-074"], purchases.Order().ToList());
    }

    [Fact]
    public async Task A_redelivered_cancel_is_recorded_once()
    {
        var cancel = OrderEvents.Canceled("order-dup-2", Guid.NewGuid().ToString("D"));

        Assert.Equal("SUCCESS", await app.DeliverAsync(OrderEvents.OrderCanceledRoute, cancel));
        Assert.Equal("SUCCESS", await app.DeliverAsync(OrderEvents.OrderCanceledRoute, cancel));

        Assert.Equal(1, await app.InDatabaseAsync(db => db.CanceledOrders.CountAsync(o => o.OrderId == "order-dup-2")));
    }

    [Fact]
    public async Task Messages_that_can_never_be_handled_are_dropped()
    {
        Assert.Equal("DROP", await app.DeliverAsync(OrderEvents.OrderPlacedRoute, new { order_id = "order-x" }));
        Assert.Equal("DROP", await app.DeliverAsync(OrderEvents.StockChangedRoute, OrderEvents.StockChanged("prod-075", 3, 2, 1, 1)));
        Assert.Equal("DROP", await app.DeliverAsync(OrderEvents.OrderCanceledRoute, new { user_id = "u" }));
    }
}
