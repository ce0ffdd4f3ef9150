using PurchasePlatform.BuildingBlocks.Authentication;
using PurchasePlatform.BuildingBlocks.Responses;
using PurchasePlatform.BuildingBlocks.Validation;
using PurchasePlatform.Inventory.Domain;
using PurchasePlatform.Inventory.Stock;

namespace PurchasePlatform.Inventory.Apis;

/// <summary>
/// Saga reservations (held until confirmed, released or expired), for holders of <c>inventory:admin</c>: the
/// orchestrator's client-credential token, and admins. A customer could otherwise hold stock without buying it.
/// </summary>
public static class ReservationsApi
{
    public static RouteGroupBuilder MapReservationsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/reservations").WithTags("Reservations").RequireScope(PlatformScopes.InventoryAdmin);
        api.MapPost("/", ReserveAsync).WithValidation<ReserveStockRequest>();
        api.MapPost("/{productId}/{key}/confirm", ConfirmAsync);
        api.MapPost("/{productId}/{key}/release", ReleaseAsync);
        api.MapPost("/{productId}/{key}/return", ReturnAsync);
        return api;
    }

    public static async Task<IResult> ReserveAsync(ReserveStockRequest request, ReservationService reservations, CancellationToken cancellationToken)
    {
        var attempt = await reservations.ReserveAsync(request.ProductId!, request.Key!, request.Quantity!.Value, cancellationToken);
        var result = attempt.Result switch
        {
            ReservationResult.Reserved => "reserved",
            ReservationResult.Duplicate => "duplicate",
            ReservationResult.SoldOut => "sold_out",
            _ => null,
        };
        return result is null
            ? ApiResults.NotFound($"Product {request.ProductId} has no stock set")
            : TypedResults.Ok(new ReservationResponse(result, request.Key!, request.ProductId!, attempt.Quantity, attempt.ExpiresAt));
    }

    public static async Task<IResult> ConfirmAsync(string productId, string key, ReservationService reservations, CancellationToken cancellationToken) =>
        ProductIdRoute.Check(productId) ?? (IResult)TypedResults.Ok(new SettleResponse(Text(await reservations.ConfirmAsync(productId, key, cancellationToken))));

    public static async Task<IResult> ReleaseAsync(string productId, string key, ReservationService reservations, CancellationToken cancellationToken) =>
        ProductIdRoute.Check(productId) ?? (IResult)TypedResults.Ok(new SettleResponse(Text(await reservations.ReleaseAsync(productId, key, cancellationToken))));

    /// <summary>Puts a confirmed (sold) reservation back to available, once: <c>returned</c>, then <c>already_returned</c>.</summary>
    public static async Task<IResult> ReturnAsync(string productId, string key, ReservationService reservations, CancellationToken cancellationToken) =>
        ProductIdRoute.Check(productId) ?? (IResult)TypedResults.Ok(new SettleResponse(Text(await reservations.ReturnAsync(productId, key, cancellationToken))));

    private static string Text(SettleResult result) => result switch
    {
        SettleResult.Confirmed => "confirmed",
        SettleResult.Released => "released",
        SettleResult.AlreadyConfirmed => "already_confirmed",
        SettleResult.AlreadyReleased => "already_released",
        SettleResult.AlreadyExpired => "expired",
        SettleResult.Returned => "returned",
        SettleResult.AlreadyReturned => "already_returned",
        SettleResult.NotConfirmed => "not_confirmed",
        _ => "not_found",
    };
}
