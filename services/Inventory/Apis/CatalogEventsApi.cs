using PurchasePlatform.BuildingBlocks.Hosting;
using PurchasePlatform.Inventory.Catalog;
using PurchasePlatform.Inventory.Events;
using PurchasePlatform.Inventory.Stock;
using PurchasePlatform.Inventory.Validation;

namespace PurchasePlatform.Inventory.Apis;

/// <summary>What Inventory learns from the catalog through pub/sub (CloudEvents, unwrapped by the middleware).</summary>
public static class CatalogEventsApi
{
    public static RouteGroupBuilder MapCatalogEvents(this IEndpointRouteBuilder app)
    {
        var events = app.MapGroup("/events").WithTags("Subscriptions").AllowAnonymous().ExcludeFromDescription();
        events.MapPost("/catalog/product-created", ProductCreatedAsync).WithTopic(InventoryTopics.PubSub, InventoryTopics.CatalogProductCreated);
        return events;
    }

    /// <summary>
    /// Initialises a new product's stock from the catalog's figure unless Inventory initialised it before, so a
    /// duplicate or late delivery changes nothing. Dapr's answers: SUCCESS, RETRY (deliver again later), DROP.
    /// </summary>
    public static async Task<IResult> ProductCreatedAsync(CatalogProductCreated message, StockService stock, ILoggerFactory loggers,
        CancellationToken cancellationToken)
    {
        var productId = message.ProductId ?? message.Data?.Id;
        if (!InventoryRules.IsProductId(productId) || message.Data?.InitialStock is not { } quantity || quantity < 0)
        {
            loggers.CreateLogger(typeof(CatalogEventsApi)).LogWarning("Dropped {Topic} event {EventId}: no usable product id or stock",
                InventoryTopics.CatalogProductCreated, message.EventId);
            return SubscriberAnswers.Drop();
        }

        try
        {
            await stock.InitialiseAsync(productId!, quantity, cancellationToken);
            return SubscriberAnswers.Success();
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            loggers.CreateLogger(typeof(CatalogEventsApi)).LogWarning(exception, "Could not initialise the stock of {ProductId}; asking for redelivery", productId);
            return SubscriberAnswers.Retry();
        }
    }
}
