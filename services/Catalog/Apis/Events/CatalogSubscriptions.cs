using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using PurchasePlatform.BuildingBlocks.Hosting;
using PurchasePlatform.Catalog.Domain;
using PurchasePlatform.Catalog.Infrastructure.Persistence;

namespace PurchasePlatform.Catalog.Apis.Events;

/// <summary>
/// What the catalog learns from other services through pub/sub: stock from Inventory, purchases (which entitle a
/// review) from Orders and Inventory, cancellations from Orders. Every handler is idempotent, so Dapr's
/// at-least-once delivery and replays change nothing the second time.
/// </summary>
public static class CatalogSubscriptions
{
    public const string StockChangedTopic = "inventory.stock_changed.v1";
    public const string OrderAcceptedTopic = "inventory.order_accepted.v1";
    public const string OrderPlacedTopic = "orders.order_placed.v1";
    public const string OrderCanceledTopic = "orders.order_canceled.v1";

    public static void MapCatalogSubscriptions(this IEndpointRouteBuilder app, string pubSubName)
    {
        var events = app.MapGroup("/events").WithTags("Subscriptions").AllowAnonymous().ExcludeFromDescription();
        events.MapPost("/inventory/stock-changed", StockChangedAsync).WithTopic(pubSubName, StockChangedTopic);
        events.MapPost("/inventory/order-accepted", OrderAcceptedAsync).WithTopic(pubSubName, OrderAcceptedTopic);
        events.MapPost("/orders/order-placed", OrderPlacedAsync).WithTopic(pubSubName, OrderPlacedTopic);
        events.MapPost("/orders/order-canceled", OrderCanceledAsync).WithTopic(pubSubName, OrderCanceledTopic);
    }

    /// <summary>Keeps, per (product, shard), the count of the highest version seen; an older or equal version changes nothing.</summary>
    public static async Task<IResult> StockChangedAsync(StockChanged message, CatalogDbContext db, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(message.ProductId) || message.Shard < 0 || message.ShardCount < 1 || message.Shard >= message.ShardCount)
        {
            return SubscriberAnswers.Drop();
        }

        var level = await db.StockLevels.FirstOrDefaultAsync(l => l.ProductId == message.ProductId && l.Shard == message.Shard, cancellationToken);
        if (level is not null && level.Version >= message.Version)
        {
            return SubscriberAnswers.Success();
        }

        if (level is null)
        {
            level = new StockLevel { ProductId = message.ProductId, Shard = message.Shard };
            db.StockLevels.Add(level);
        }

        level.ShardCount = message.ShardCount;
        level.Available = message.Available;
        level.Version = message.Version;
        level.ChangedAt = message.ChangedAt.ToUniversalTime().UtcDateTime;

        // A product re-sharded to fewer shards: the shards it no longer has hold nothing.
        await db.StockLevels.Where(l => l.ProductId == message.ProductId && l.Shard >= message.ShardCount).ExecuteDeleteAsync(cancellationToken);
        return await SubscriptionResults.SaveAsync(db, cancellationToken);
    }

    public static async Task<IResult> OrderAcceptedAsync(OrderAccepted message, CatalogDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(message.OrderId) || string.IsNullOrEmpty(message.ProductId) || string.IsNullOrEmpty(message.UserId))
        {
            return SubscriberAnswers.Drop();
        }

        await RecordPurchasesAsync(db, message.OrderId, message.UserId, [message.ProductId], clock, cancellationToken);
        return await SubscriptionResults.SaveAsync(db, cancellationToken);
    }

    public static async Task<IResult> OrderPlacedAsync(OrderPlaced message, CatalogDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var productIds = message.Data?.Items?.Select(item => item.ProductId).OfType<string>().Where(id => id.Length > 0).ToList() ?? [];
        if (string.IsNullOrEmpty(message.OrderId) || string.IsNullOrEmpty(message.UserId) || productIds.Count == 0)
        {
            return SubscriberAnswers.Drop();
        }

        await RecordPurchasesAsync(db, message.OrderId, message.UserId, productIds, clock, cancellationToken);
        return await SubscriptionResults.SaveAsync(db, cancellationToken);
    }

    /// <summary>Remembered even before the order itself is known, so a late order_placed cannot entitle a review.</summary>
    public static async Task<IResult> OrderCanceledAsync(OrderCanceled message, CatalogDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(message.OrderId))
        {
            return SubscriberAnswers.Drop();
        }

        if (!await db.CanceledOrders.AnyAsync(order => order.OrderId == message.OrderId, cancellationToken))
        {
            db.CanceledOrders.Add(new CanceledOrder { OrderId = message.OrderId, CanceledAt = clock.GetUtcNow().UtcDateTime });
        }

        return await SubscriptionResults.SaveAsync(db, cancellationToken);
    }

    private static async Task RecordPurchasesAsync(CatalogDbContext db, string orderId, string userId, IReadOnlyCollection<string> productIds,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        var known = await db.Purchases.Where(p => p.OrderId == orderId).Select(p => p.ProductId).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var productId in productIds.Distinct(StringComparer.Ordinal).Except(known, StringComparer.Ordinal))
        {
            db.Purchases.Add(new Purchase { OrderId = orderId, ProductId = productId, UserId = userId, RecordedAt = now });
        }
    }
}

/// <summary><c>inventory.stock_changed.v1</c>'s data.</summary>
public sealed record StockChanged(string? ProductId, int Shard, int ShardCount, int Available, int Reserved, int Sold, long Version,
    DateTimeOffset ChangedAt);

/// <summary><c>inventory.order_accepted.v1</c>'s data.</summary>
public sealed record OrderAccepted(string? EventId, string? OrderId, string? ProductId, string? UserId, int Quantity, string? IdempotencyKey,
    DateTimeOffset AcceptedAt);

/// <summary><c>orders.order_placed.v1</c>'s data: seed 002's order_created payload, snake_case.</summary>
public sealed record OrderPlaced(
    [property: JsonPropertyName("event_type")] string? EventType,
    [property: JsonPropertyName("order_id")] string? OrderId,
    [property: JsonPropertyName("user_id")] string? UserId,
    [property: JsonPropertyName("data")] OrderPlacedData? Data);

public sealed record OrderPlacedData(
    [property: JsonPropertyName("total_amount")] decimal? TotalAmount,
    [property: JsonPropertyName("items")] List<OrderPlacedItem>? Items,
    [property: JsonPropertyName("created_at")] DateTimeOffset? CreatedAt);

public sealed record OrderPlacedItem(
    [property: JsonPropertyName("product_id")] string? ProductId,
    [property: JsonPropertyName("quantity")] int Quantity,
    [property: JsonPropertyName("unit_price")] decimal? UnitPrice);

/// <summary><c>orders.order_canceled.v1</c>'s data.</summary>
public sealed record OrderCanceled(
    [property: JsonPropertyName("event_type")] string? EventType,
    [property: JsonPropertyName("order_id")] string? OrderId,
    [property: JsonPropertyName("user_id")] string? UserId);
