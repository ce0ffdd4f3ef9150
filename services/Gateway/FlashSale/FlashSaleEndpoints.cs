using System.Net;
using Microsoft.Extensions.Options;
using PurchasePlatform.Gateway.FlashSale.Admission;
using PurchasePlatform.Gateway.FlashSale.Inventory;
using PurchasePlatform.Gateway.RateLimiting;

namespace PurchasePlatform.Gateway.FlashSale;

/// <summary>
/// Seed 001's routes, answered by the gateway with Inventory's internal API behind them. Nothing reaches Inventory
/// for a request refused here (token, body, admission).
/// </summary>
internal static class FlashSaleEndpoints
{
    private const int MaxOrderQuantity = 10;

    public static IEndpointRouteBuilder MapFlashSaleApi(this IEndpointRouteBuilder app)
    {
        var sale = app.MapGroup("").WithTags("Flash sale");
        sale.MapPost("/init", InitAsync);
        // The admission bucket, not the per-plan limits, decides how many orders get through (302, never 429).
        sale.MapPost("/order", OrderAsync).WithMetadata(PlanRateLimitExemption.Instance);
        sale.MapGet("/status/{orderId}", StatusAsync);
        sale.MapGet("/inventory/{productId}", StockAsync).WithMetadata(PlanRateLimitExemption.Instance);
        sale.MapPost("/cancel/{orderId}", CancelAsync);
        return app;
    }

    private static async Task<IResult> InitAsync(HttpContext context, InventoryClient inventory)
    {
        if (FlashSaleCaller.RefuseUnlessStockAdmin(context.User) is { } refused)
        {
            return refused;
        }

        var (body, error) = await FlashSaleInput.ReadJsonAsync<InitBody>(context.Request, context.RequestAborted);
        if (body is null)
        {
            return FlashSaleResponses.BadRequest(error!);
        }

        if (!FlashSaleInput.IsProductId(body.ProductId))
        {
            return FlashSaleResponses.BadRequest(FlashSaleInput.ProductIdRule);
        }

        if (body.Quantity is not (>= 0 and <= int.MaxValue))
        {
            return FlashSaleResponses.BadRequest("quantity must be a whole number from 0 to 2147483647");
        }

        var answer = await inventory.SetStockAsync(body.ProductId, body.Quantity.Value, FlashSaleCaller.Authorization(context), context.RequestAborted);
        return answer switch
        {
            { IsOk: true } => FlashSaleResponses.StockInitialized(body.ProductId, body.Quantity.Value),
            _ when FlashSaleResponses.RefusedByInventory(answer.Status) is { } refusedThere => refusedThere,
            _ when answer.Is(HttpStatusCode.BadRequest) => FlashSaleResponses.BadRequest("Inventory refused the stock request"),
            _ => FlashSaleResponses.Failed("Stock initialization failed"),
        };
    }

    private static async Task<IResult> OrderAsync(HttpContext context, InventoryClient inventory, IAdmissionBucket admission,
        IOptions<AdmissionOptions> admissionOptions)
    {
        if (FlashSaleCaller.RefuseAnonymous(context.User) is { } refused)
        {
            return refused;
        }

        var idempotencyKey = context.Request.Headers[FlashSaleInput.IdempotencyKeyHeader].ToString();
        if (string.IsNullOrWhiteSpace(idempotencyKey))
        {
            return FlashSaleResponses.BadRequest(FlashSaleResponses.MissingIdempotencyKey);
        }

        if (!FlashSaleInput.IsIdempotencyKey(idempotencyKey))
        {
            return FlashSaleResponses.BadRequest($"x-idempotency-key must be 1 to {FlashSaleInput.MaxIdempotencyKeyLength} characters");
        }

        var (body, error) = await FlashSaleInput.ReadJsonAsync<OrderBody>(context.Request, context.RequestAborted);
        if (body is null)
        {
            return FlashSaleResponses.BadRequest(error!);
        }

        if (!FlashSaleInput.IsProductId(body.ProductId))
        {
            return FlashSaleResponses.BadRequest(FlashSaleInput.ProductIdRule);
        }

        if (body.Quantity is < 1 or > MaxOrderQuantity)
        {
            return FlashSaleResponses.BadRequest($"quantity must be from 1 to {MaxOrderQuantity}");
        }

        var userId = string.IsNullOrEmpty(body.UserId) ? FlashSaleCaller.Subject(context.User) : body.UserId;
        if (!FlashSaleCaller.MayOrderFor(context.User, userId))
        {
            return TypedResults.Forbid();
        }

        if (!await admission.TryTakeAsync(context.RequestAborted))
        {
            return FlashSaleResponses.ToWaitingRoom(admissionOptions.Value.WaitingRoomUrl);
        }

        var order = new FlashOrderRequest(body.ProductId, userId, idempotencyKey, body.Quantity ?? 1);
        var answer = await inventory.PlaceOrderAsync(order, FlashSaleCaller.Authorization(context), context.RequestAborted);
        return answer switch
        {
            { IsOk: true, Value: { Result: FlashOrderResult.Accepted, OrderId: { } orderId } } => FlashSaleResponses.OrderAccepted(orderId),
            { IsOk: true, Value: { Result: FlashOrderResult.Duplicate, OrderId: { } orderId } } => FlashSaleResponses.DuplicateOrder(orderId),
            { IsOk: true, Value.Result: FlashOrderResult.SoldOut } => FlashSaleResponses.SoldOut(),
            _ when answer.Is(HttpStatusCode.NotFound) => FlashSaleResponses.UnknownProduct(),
            _ when FlashSaleResponses.RefusedByInventory(answer.Status) is { } refusedThere => refusedThere,
            _ when answer.Is(HttpStatusCode.BadRequest) => FlashSaleResponses.BadRequest("Inventory refused the order request"),
            _ => FlashSaleResponses.Failed("Order processing failed"),
        };
    }

    private static async Task<IResult> StatusAsync(string orderId, HttpContext context, InventoryClient inventory)
    {
        if (FlashSaleCaller.RefuseAnonymous(context.User) is { } refused)
        {
            return refused;
        }

        if (!FlashSaleInput.IsOrderId(orderId))
        {
            return FlashSaleResponses.UnknownOrder();
        }

        return OrderAnswer(await inventory.GetOrderAsync(orderId, FlashSaleCaller.Authorization(context), context.RequestAborted), "Order lookup failed");
    }

    private static async Task<IResult> CancelAsync(string orderId, HttpContext context, InventoryClient inventory)
    {
        if (FlashSaleCaller.RefuseAnonymous(context.User) is { } refused)
        {
            return refused;
        }

        if (!FlashSaleInput.IsOrderId(orderId))
        {
            return FlashSaleResponses.UnknownOrder();
        }

        return OrderAnswer(await inventory.CancelOrderAsync(orderId, FlashSaleCaller.Authorization(context), context.RequestAborted),
            "Order cancellation failed");
    }

    private static async Task<IResult> StockAsync(string productId, HttpContext context, InventoryClient inventory)
    {
        if (!FlashSaleInput.IsProductId(productId))
        {
            return FlashSaleResponses.BadRequest(FlashSaleInput.ProductIdRule);
        }

        var answer = await inventory.GetStockAsync(productId, context.RequestAborted);
        return answer switch
        {
            { IsOk: true, Value: { } stock } => FlashSaleResponses.Stock(stock),
            _ when answer.Is(HttpStatusCode.NotFound) => FlashSaleResponses.UnknownProduct(),
            _ => FlashSaleResponses.Failed("Inventory lookup failed"),
        };
    }

    // Inventory answers 404 for another customer's order as for an unknown one; the gateway does the same for a 403.
    private static IResult OrderAnswer(InventoryAnswer<FlashOrderView> answer, string failure) => answer switch
    {
        { IsOk: true, Value: { } order } => FlashSaleResponses.Order(order),
        _ when answer.Status is HttpStatusCode.NotFound or HttpStatusCode.Forbidden or HttpStatusCode.BadRequest => FlashSaleResponses.UnknownOrder(),
        _ when answer.Is(HttpStatusCode.Unauthorized) => TypedResults.Challenge(),
        _ => FlashSaleResponses.Failed(failure),
    };

    private sealed record InitBody(string? ProductId, long? Quantity);

    private sealed record OrderBody(string? ProductId, string? UserId, int? Quantity);
}
