using System.Security.Claims;
using PurchasePlatform.BuildingBlocks.Authentication;
using PurchasePlatform.BuildingBlocks.Responses;
using PurchasePlatform.Cart.Checkout;
using PurchasePlatform.Cart.Snapshots;

namespace PurchasePlatform.Cart.Apis;

/// <summary>
/// Routes for other services (Orders), by Dapr service invocation, without the envelope (errors as ProblemDetails).
/// The caller forwards the user's token: the user themself, or a holder of <c>orders:admin</c>.
/// </summary>
public static class InternalCartsApi
{
    public static RouteGroupBuilder MapInternalCartsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/internal/carts").WithTags("Carts (internal)").RequireAuthorization().AddEndpointFilter<CartFailuresFilter>();
        api.MapPost("/{userId}/snapshot", SnapshotAsync);
        api.MapPost("/{userId}/checked-out", CheckedOutAsync);
        return api;
    }

    /// <summary>200 with the signed snapshot (seed 004's cartSnapshot), as Orders stores it.</summary>
    public static async Task<IResult> SnapshotAsync(string userId, ClaimsPrincipal principal, CartSnapshots snapshots,
        CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(userId, out var id) || !principal.IsOwnerOr(id, PlatformScopes.OrdersAdmin))
        {
            return ApiResults.Forbidden();
        }

        var taken = await snapshots.TakeAsync(id, cancellationToken);
        return taken.Refusal is { } refusal ? refusal : TypedResults.Ok(taken.Snapshot);
    }

    /// <summary>
    /// An order was placed from the snapshot of cart <c>cartId</c>: that cart is emptied and a new cart id begins (so a
    /// coupon use counts again next time). 204 also when the cart already moved on (cleared, or another id).
    /// </summary>
    public static async Task<IResult> CheckedOutAsync(string userId, CheckedOutRequest request, ClaimsPrincipal principal, CartCheckouts checkouts,
        CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(userId, out var id) || !principal.IsOwnerOr(id, PlatformScopes.OrdersAdmin))
        {
            return ApiResults.Forbidden();
        }

        if (request.CartId is not { } cartId)
        {
            return ApiResults.Error(StatusCodes.Status400BadRequest, BuildingBlocks.Errors.ErrorCodes.RequiredField, "cartId is required", "cartId");
        }

        await checkouts.CheckOutAsync(id, cartId, cancellationToken);
        return TypedResults.NoContent();
    }
}
