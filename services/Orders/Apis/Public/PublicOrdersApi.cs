using System.Security.Claims;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PurchasePlatform.BuildingBlocks.Authentication;
using PurchasePlatform.BuildingBlocks.Errors;
using PurchasePlatform.BuildingBlocks.Responses;
using PurchasePlatform.BuildingBlocks.Validation;
using PurchasePlatform.Orders.Application;
using PurchasePlatform.Orders.Domain;
using PurchasePlatform.Orders.Infrastructure.Cart;
using PurchasePlatform.Orders.Infrastructure.Persistence;
using PurchasePlatform.Orders.Invoices;

namespace PurchasePlatform.Orders.Apis.Public;

/// <summary>Seed 003's Order Service API on <c>/api/v1/orders</c>, in the platform envelope.</summary>
public static class PublicOrdersApi
{
    public const int DefaultPageSize = 10;
    public const int MaxPageSize = 100;

    public static void MapPublicOrdersApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/orders").WithTags("Orders").RequireAuthorization();
        api.MapPost("", CreateAsync).WithValidation<CreateOrderRequest>();
        api.MapGet("", ListAsync);
        api.MapGet("/{orderId}", GetAsync);
        api.MapPost("/{orderId}/cancel", CancelAsync).WithValidation<CancelOrderRequest>();
        api.MapPut("/{orderId}/status", UpdateStatusAsync).WithValidation<UpdateOrderStatusRequest>().RequireScope(PlatformScopes.OrdersAdmin);
        api.MapGet("/{orderId}/invoice", InvoiceAsync);
    }

    /// <summary>
    /// Checks out the caller's cart: Cart signs a snapshot of it, and the order is placed from that snapshot as
    /// <c>POST /api/orders</c> does. With an <c>Idempotency-Key</c>, a retry answers the first order (200, <c>x-idempotent-replay</c>).
    /// </summary>
    public static async Task<IResult> CreateAsync(CreateOrderRequest request, HttpContext context, ClaimsPrincipal caller, ICartSnapshotSource carts,
        OrderDrafts drafts, OrderPlacement placement, OrdersDbContext db, CancellationToken cancellationToken)
    {
        if (caller.UserId() is not { } userId)
        {
            return ApiResults.Unauthorized();
        }

        IdempotentRequest? keyed = null;
        if (IdempotencyHeaders.Read(context.Request) is { } key)
        {
            keyed = new IdempotentRequest($"v1:{userId:D}:{key}", RequestHashes.Of(JsonSerializer.SerializeToNode(request, JsonSerializerOptions.Web)));
            if (await placement.FindAsync(keyed, cancellationToken) is { } earlier)
            {
                return await AnswerAsync(context, earlier, db, cancellationToken);
            }
        }

        var taken = await carts.TakeAsync(userId.ToString("D"), BearerToken(context), cancellationToken);
        if (taken.Snapshot is not { } snapshot)
        {
            // A concurrent request with the same key may have placed the order meanwhile, and its checkout emptied the
            // cart: this request is then a retry of it, and answers its order rather than "the cart is empty".
            if (keyed is not null && await placement.FindAsync(keyed, cancellationToken) is { } placedMeanwhile)
            {
                return await AnswerAsync(context, placedMeanwhile, db, cancellationToken);
            }

            return ApiResults.Error(taken.StatusCode is >= 400 and < 600 ? taken.StatusCode : StatusCodes.Status502BadGateway,
                taken.Code ?? ErrorCodes.BadRequest, taken.Message ?? "The cart could not be checked out");
        }

        var details = new OrderDetails(request.ShippingAddressId, request.BillingAddressId, request.PaymentMethodId, request.CouponCode, request.Notes);
        var outcome = await drafts.FromSnapshotAsync(snapshot, caller, details, cancellationToken);
        if (outcome.Refusal is { } refusal)
        {
            return Refused(refusal);
        }

        var snapshotId = snapshot["snapshotId"]?.ToString() ?? Guid.NewGuid().ToString("D");
        var placed = await placement.PlaceAsync(outcome.Draft!, keyed ?? new IdempotentRequest($"snapshot:{snapshotId}", snapshotId),
            order => (StatusCodes.Status201Created, JsonSerializer.Serialize(new { orderId = order.Id })), cancellationToken);
        return await AnswerAsync(context, placed, db, cancellationToken);
    }

    public static async Task<IResult> GetAsync(string orderId, ClaimsPrincipal caller, OrdersDbContext db, CancellationToken cancellationToken)
    {
        var order = await FindAsync(db, orderId, cancellationToken);
        if (order is null)
        {
            return NotFound();
        }

        return caller.MaySee(order) ? ApiResults.Ok(PublicOrder.From(order)) : ApiResults.Forbidden();
    }

    /// <summary>The caller's orders, newest first, filtered by status and by creation time (<c>startDate</c> inclusive, <c>endDate</c> inclusive).</summary>
    public static async Task<IResult> ListAsync(ClaimsPrincipal caller, OrdersDbContext db, int? pageNumber, int? pageSize, string? status,
        DateTime? startDate, DateTime? endDate, CancellationToken cancellationToken)
    {
        if (caller.FindFirst(PlatformClaims.Subject)?.Value is not { Length: > 0 } userId)
        {
            return ApiResults.Unauthorized();
        }

        var page = pageNumber ?? 1;
        var size = pageSize ?? DefaultPageSize;
        var errors = new List<ApiError>();
        if (page < 1) errors.Add(new ApiError(ErrorCodes.ValidationError, "pageNumber must be 1 or more", "pageNumber"));
        if (size is < 1 or > MaxPageSize) errors.Add(new ApiError(ErrorCodes.ValidationError, $"pageSize must be 1 to {MaxPageSize}", "pageSize"));
        OrderStatus wanted = default;
        if (status is not null && !OrderStatusNames.TryParse(status, out wanted))
        {
            errors.Add(new ApiError(ErrorCodes.ValidationError, "status must be one of pending, paid, processing, shipped, delivered, cancelled", "status"));
        }

        if (startDate is { } from && endDate is { } to && from > to)
        {
            errors.Add(new ApiError(ErrorCodes.ValidationError, "startDate must not be after endDate", "startDate"));
        }

        if (errors.Count > 0)
        {
            return ApiResults.ValidationFailed(errors);
        }

        var query = db.Orders.AsNoTracking().Where(order => order.UserId == userId);
        if (status is not null) query = query.Where(order => order.Status == wanted);
        if (startDate is { } start) query = query.Where(order => order.CreatedAt >= start.ToUniversalTime());
        if (endDate is { } end) query = query.Where(order => order.CreatedAt <= end.ToUniversalTime());

        var total = await query.CountAsync(cancellationToken);
        var orders = await query.OrderByDescending(order => order.CreatedAt).ThenByDescending(order => order.OrderNumber)
            .Skip((page - 1) * size).Take(size).ToListAsync(cancellationToken);
        var totalPages = (int)Math.Ceiling(total / (double)size);
        return ApiResults.Ok(new PublicOrderPage(orders.Select(PublicOrderSummary.From).ToList(), page, size, totalPages, total, page > 1, page < totalPages));
    }

    /// <summary>The customer (or an operator) cancels an order that has not shipped.</summary>
    public static async Task<IResult> CancelAsync(string orderId, CancelOrderRequest? request, ClaimsPrincipal caller, OrderUpdates updates,
        CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(orderId, out var id) || await updates.FindAsync(id, cancellationToken) is not { } current)
        {
            return NotFound();
        }

        if (!caller.MaySee(current))
        {
            return ApiResults.Forbidden();
        }

        var reason = string.IsNullOrWhiteSpace(request?.Reason) ? null : request.Reason.Trim();
        var update = await updates.ApplyAsync(id, order => [order.Cancel(reason, updates.Now)], cancellationToken);
        return update.Outcome switch
        {
            OrderUpdateOutcome.NotFound => NotFound(),
            OrderUpdateOutcome.Refused => ApiResults.Conflict($"Order is {OrderStatusNames.Public(update.Order!.Status)} and can no longer be cancelled",
                "ORDER_004"),
            _ => ApiResults.Ok(new PublicCancelled(id, OrderStatusNames.Public(update.Order!.Status), update.Order.CanceledAt, update.Order.CancellationReason),
                "Order cancelled successfully"),
        };
    }

    public static async Task<IResult> UpdateStatusAsync(string orderId, UpdateOrderStatusRequest request, OrderUpdates updates,
        CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(orderId, out var id))
        {
            return NotFound();
        }

        OrderStatusNames.TryParse(request.Status, out var status);
        var update = await updates.ApplyAsync(id, order => [status == OrderStatus.Cancelled
            ? order.Cancel(request.Note, updates.Now)
            : order.MoveTo(status, updates.Now, request.Note, request.TrackingNumber, request.Carrier)], cancellationToken);
        return update.Outcome switch
        {
            OrderUpdateOutcome.NotFound => NotFound(),
            OrderUpdateOutcome.Refused => ApiResults.Conflict(update.Refusal!.Message, "ORDER_004", "status"),
            _ => ApiResults.Ok(new PublicStatusUpdated(id, OrderStatusNames.Public(update.Order!.Status), update.Order.TrackingNumber, update.Order.Carrier),
                "Order status updated"),
        };
    }

    /// <summary>The order's invoice as a PDF (<c>application/pdf</c>).</summary>
    public static async Task<IResult> InvoiceAsync(string orderId, ClaimsPrincipal caller, OrdersDbContext db, IConfiguration configuration,
        CancellationToken cancellationToken)
    {
        var order = await FindAsync(db, orderId, cancellationToken);
        if (order is null)
        {
            return NotFound();
        }

        if (!caller.MaySee(order))
        {
            return ApiResults.Forbidden();
        }

        var seller = configuration["Orders:SellerName"] is { Length: > 0 } name ? name : "Purchase Platform";
        var pdf = InvoiceDocument.Render(order, seller);
        return TypedResults.File(pdf, "application/pdf", $"invoice-{order.OrderNumber}.pdf");
    }

    private static async Task<IResult> AnswerAsync(HttpContext context, Placement placement, OrdersDbContext db, CancellationToken cancellationToken)
    {
        if (placement.Outcome == PlacementOutcome.KeyReused)
        {
            return ApiResults.Error(StatusCodes.Status422UnprocessableEntity, ErrorCodes.ValidationError,
                "Idempotency-Key was already used with a different request", IdempotencyHeaders.Key);
        }

        var order = await db.Orders.AsNoTracking().FirstAsync(o => o.Id == placement.OrderId, cancellationToken);
        if (placement.Outcome == PlacementOutcome.Replayed)
        {
            context.Response.Headers[IdempotencyHeaders.Replay] = "true";
            return ApiResults.Ok(PublicOrder.From(order), "Order created successfully");
        }

        return ApiResults.Created($"/api/v1/orders/{order.Id:D}", PublicOrder.From(order), "Order created successfully");
    }

    private static IResult Refused(DraftRefusal refusal) => refusal.Reason switch
    {
        DraftRefusalReason.InvalidSnapshot => ApiResults.Error(StatusCodes.Status422UnprocessableEntity, ErrorCodes.ValidationError, refusal.Message),
        DraftRefusalReason.SnapshotSecretUnavailable or DraftRefusalReason.CatalogUnavailable =>
            ApiResults.Error(StatusCodes.Status503ServiceUnavailable, ErrorCodes.ServiceUnavailable, refusal.Message),
        DraftRefusalReason.Forbidden => ApiResults.Forbidden(refusal.Message),
        _ => ApiResults.Error(StatusCodes.Status400BadRequest, ErrorCodes.ValidationError, refusal.Message, refusal.Field),
    };

    private static BuildingBlocks.Errors.ErrorResult NotFound() => ApiResults.NotFound("Order not found");

    private static async Task<Order?> FindAsync(OrdersDbContext db, string orderId, CancellationToken cancellationToken) =>
        Guid.TryParse(orderId, out var id) ? await db.Orders.AsNoTracking().FirstOrDefaultAsync(order => order.Id == id, cancellationToken) : null;

    private static string? BearerToken(HttpContext context)
    {
        var header = context.Request.Headers.Authorization.ToString();
        return header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header["Bearer ".Length..].Trim() : null;
    }
}
