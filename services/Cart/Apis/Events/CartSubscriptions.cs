using PurchasePlatform.BuildingBlocks.Hosting;
using PurchasePlatform.Cart.Checkout;

namespace PurchasePlatform.Cart.Apis.Events;

/// <summary>The topics Cart consumes, delivered by the Dapr sidecar (CloudEvents, unwrapped by the middleware).</summary>
public static class CartSubscriptions
{
    public const string OrderPlacedTopic = "orders.order_placed.v1";

    public static void MapCartSubscriptions(this IEndpointRouteBuilder app, string pubSubName)
    {
        var events = app.MapGroup("/events").WithTags("Subscriptions").AllowAnonymous().ExcludeFromDescription();
        events.MapPost("/orders/order-placed", OrderPlacedAsync).WithTopic(pubSubName, OrderPlacedTopic);
    }

    /// <summary>
    /// An order was placed from the user's cart: that cart is checked out (emptied, new cart id) if it is still the
    /// user's current one. Orders not made from a cart (no <c>cart_id</c>) and malformed events are dropped.
    /// </summary>
    public static async Task<IResult> OrderPlacedAsync(OrderPlaced message, CartCheckouts checkouts, ILogger<CartCheckouts> logger,
        CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(message.UserId, out var userId) || !Guid.TryParse(message.Data?.CartId, out var cartId))
        {
            return SubscriberAnswers.Drop();
        }

        if (await checkouts.CheckOutAsync(userId, cartId, cancellationToken))
        {
            logger.LogInformation("Cart {CartId} of {UserId} checked out by order {OrderId}", cartId, userId, message.OrderId);
        }

        return SubscriberAnswers.Success();
    }
}
