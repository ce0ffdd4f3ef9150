using System.Security.Claims;
using PurchasePlatform.BuildingBlocks.Responses;
using PurchasePlatform.BuildingBlocks.Validation;
using PurchasePlatform.Inventory.Domain;
using PurchasePlatform.Inventory.Stock;

namespace PurchasePlatform.Inventory.Apis;

/// <summary>Flash-sale orders: placed for the caller (or by an admin for anyone), read and cancelled by their owner or an admin.</summary>
public static class FlashOrdersApi
{
    public static RouteGroupBuilder MapFlashOrdersApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/flash-orders").WithTags("Flash orders").RequireAuthorization();
        api.MapPost("/", PlaceAsync).WithValidation<PlaceFlashOrderRequest>();
        api.MapGet("/{orderId:guid}", GetAsync);
        api.MapPost("/{orderId:guid}/cancel", CancelAsync);
        return api;
    }

    public static async Task<IResult> PlaceAsync(PlaceFlashOrderRequest request, ClaimsPrincipal caller, FlashOrderService orders,
        CancellationToken cancellationToken)
    {
        if (!caller.MayActFor(request.UserId!))
        {
            return ApiResults.Forbidden("An order can only be placed for the caller's own user id");
        }

        var quantity = request.Quantity ?? 1;
        var attempt = await orders.PlaceAsync(request.ProductId!, request.UserId!, request.IdempotencyKey!, quantity, cancellationToken);
        var result = attempt.Result switch
        {
            FlashOrderResult.Accepted => "accepted",
            FlashOrderResult.Duplicate => "duplicate",
            FlashOrderResult.SoldOut => "sold_out",
            _ => null,
        };
        if (result is null)
        {
            return ApiResults.NotFound($"Product {request.ProductId} has no stock set");
        }

        return TypedResults.Ok(new FlashOrderPlacedResponse(result, attempt.OrderId, request.ProductId!, request.UserId!,
            attempt.Order?.Quantity ?? quantity, attempt.Order?.AcceptedAt));
    }

    public static async Task<IResult> GetAsync(Guid orderId, ClaimsPrincipal caller, FlashOrderService orders, CancellationToken cancellationToken) =>
        await FindOwnedAsync(orderId, caller, orders, cancellationToken) is { } order
            ? TypedResults.Ok(FlashOrderView.From(order))
            : UnknownOrder();

    public static async Task<IResult> CancelAsync(Guid orderId, ClaimsPrincipal caller, FlashOrderService orders, CancellationToken cancellationToken) =>
        await FindOwnedAsync(orderId, caller, orders, cancellationToken) is { } order
            ? TypedResults.Ok(FlashOrderView.From(await orders.CancelAsync(order)))
            : UnknownOrder();

    // Another customer's order answers like an unknown one, so order ids cannot be probed.
    private static async Task<FlashOrder?> FindOwnedAsync(Guid orderId, ClaimsPrincipal caller, FlashOrderService orders,
        CancellationToken cancellationToken) =>
        await orders.FindAsync(orderId, cancellationToken) is { } order && caller.MayActFor(order.UserId) ? order : null;

    private static IResult UnknownOrder() => ApiResults.NotFound("Unknown order");
}
