using System.Net;
using PurchasePlatform.Gateway.FlashSale.Inventory;

namespace PurchasePlatform.Gateway.FlashSale;

/// <summary>Seed 001's response bodies and status codes (plus the <c>orderId</c> issue 4 adds to the order answers).</summary>
internal static class FlashSaleResponses
{
    public const string MissingIdempotencyKey = "Missing Idempotency Key";

    public static IResult StockInitialized(string productId, long quantity) =>
        TypedResults.Ok(new SaleStatus("ok", $"Stock initialized for {productId} to {quantity}"));

    public static IResult OrderAccepted(string orderId) => TypedResults.Ok(new OrderStatus("success", "Order accepted", orderId));

    public static IResult DuplicateOrder(string orderId) => TypedResults.Ok(new OrderStatus("ignored", "Duplicate request", orderId));

    public static IResult SoldOut() => TypedResults.Json(new SaleStatus("sold_out", "Inventory empty"), statusCode: StatusCodes.Status409Conflict);

    public static IResult UnknownProduct() => NotFound("Unknown product");

    public static IResult UnknownOrder() => NotFound("Unknown order");

    public static IResult BadRequest(string error) => TypedResults.BadRequest(new RequestError(error));

    public static IResult Failed(string message) =>
        TypedResults.Json(new SaleStatus("error", message), statusCode: StatusCodes.Status500InternalServerError);

    public static IResult ToWaitingRoom(string waitingRoomUrl) => TypedResults.Redirect(waitingRoomUrl);

    /// <summary>Inventory refused the caller's token (it checks it again): the same status here.</summary>
    public static IResult? RefusedByInventory(HttpStatusCode? status) => status switch
    {
        HttpStatusCode.Unauthorized => TypedResults.Challenge(),
        HttpStatusCode.Forbidden => TypedResults.Forbid(),
        _ => null,
    };

    public static IResult Stock(StockView stock) => TypedResults.Ok(stock);

    public static IResult Order(FlashOrderView order) => TypedResults.Ok(order);

    private static IResult NotFound(string message) => TypedResults.NotFound(new SaleStatus("not_found", message));

    private sealed record SaleStatus(string Status, string Msg);

    private sealed record OrderStatus(string Status, string Msg, string OrderId);

    private sealed record RequestError(string Error);
}
