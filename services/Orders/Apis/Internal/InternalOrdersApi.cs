using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PurchasePlatform.BuildingBlocks.Authentication;
using PurchasePlatform.Orders.Application;
using PurchasePlatform.Orders.Domain;
using PurchasePlatform.Orders.Infrastructure.Persistence;

namespace PurchasePlatform.Orders.Apis.Internal;

/// <summary>
/// The internal routes (seed 004, and seed 002's order service), on <c>/api/orders</c> and the <c>/orders</c> alias,
/// reached by Dapr service invocation. Answers are the seeds' own shapes, not the /api/v1 envelope.
/// </summary>
public static class InternalOrdersApi
{
    public static void MapInternalOrdersApi(this IEndpointRouteBuilder app)
    {
        Map(app.MapGroup("/api/orders"));
        Map(app.MapGroup("/orders"));
    }

    private static void Map(RouteGroupBuilder api)
    {
        api.WithTags("Orders (internal)").RequireAuthorization();
        api.MapPost("", CreateAsync);
        api.MapGet("/{orderId}", GetAsync);
        api.MapPost("/{orderId}/cancel", CancelAsync).RequireScope(PlatformScopes.OrdersWrite);
        api.MapGet("/user/{userId}", ListForUserAsync);
        api.MapPut("/{orderId}/status", UpdateStatusAsync).RequireScope(PlatformScopes.OrdersAdmin);
    }

    public static async Task<IResult> CreateAsync(HttpContext context, ClaimsPrincipal caller, OrderPlacement placement, OrderDrafts drafts,
        CancellationToken cancellationToken)
    {
        if (IdempotencyHeaders.Read(context.Request) is not { } key)
        {
            return Error(StatusCodes.Status422UnprocessableEntity, "Idempotency-Key header is required", field: IdempotencyHeaders.Key);
        }

        if (await RequestBodies.ReadObjectAsync(context.Request, cancellationToken) is not { } body)
        {
            return Error(StatusCodes.Status422UnprocessableEntity, "Invalid order payload");
        }

        var request = new IdempotentRequest("internal:" + key, RequestHashes.Of(body));
        if (await placement.FindAsync(request, cancellationToken) is { } earlier)
        {
            return Answer(context, earlier);
        }

        var fromSnapshot = body.ContainsKey("cartSnapshot");
        DraftOutcome outcome;
        if (fromSnapshot)
        {
            outcome = body["cartSnapshot"] is System.Text.Json.Nodes.JsonObject snapshot
                ? await drafts.FromSnapshotAsync(snapshot, caller, OrderDetails.None, cancellationToken)
                : new DraftRefusal(DraftRefusalReason.InvalidSnapshot, "Invalid snapshot payload");
        }
        else
        {
            outcome = await drafts.FromItemsAsync(body, caller, cancellationToken);
        }

        if (outcome.Refusal is { } refusal)
        {
            return Refused(refusal);
        }

        var placed = await placement.PlaceAsync(outcome.Draft!, request, order => (StatusCodes.Status201Created, fromSnapshot
            ? JsonSerializer.Serialize(new OrderCreated(order.Id), JsonSerializerOptions.Web)
            : JsonSerializer.Serialize(ItemsOrderCreated.From(order), JsonSerializerOptions.Web)), cancellationToken);
        return Answer(context, placed);
    }

    public static async Task<IResult> GetAsync(string orderId, ClaimsPrincipal caller, OrdersDbContext db, CancellationToken cancellationToken)
    {
        var order = await FindAsync(db, orderId, cancellationToken);
        if (order is null)
        {
            return NotFound();
        }

        return caller.MaySee(order) ? TypedResults.Ok(InternalOrder.From(order)) : Forbidden();
    }

    public static async Task<IResult> CancelAsync(string orderId, HttpContext context, ClaimsPrincipal caller, OrderUpdates updates,
        CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(orderId, out var id) || await updates.FindAsync(id, cancellationToken) is not { } current)
        {
            return NotFound();
        }

        if (!caller.MaySee(current))
        {
            return Forbidden();
        }

        var body = await RequestBodies.ReadObjectAsync(context.Request, cancellationToken);
        var reason = body?["reason"] is System.Text.Json.Nodes.JsonValue value && value.TryGetValue<string>(out var text) && text.Length > 0
            ? text[..Math.Min(text.Length, 500)]
            : null;
        var update = await updates.ApplyAsync(id, order => [order.Cancel(reason, updates.Now)], cancellationToken);
        return update.Outcome switch
        {
            OrderUpdateOutcome.NotFound => NotFound(),
            OrderUpdateOutcome.Refused => TypedResults.Conflict(new InternalError("Order already finalized", OrderErrorCodes.CannotModify,
                Order: InternalOrder.From(update.Order!))),
            _ => TypedResults.Ok(new InternalCancelled("canceled", InternalOrder.From(update.Order!), update.Order!.Id, update.Order.CanceledAt)),
        };
    }

    /// <summary>Seed 002's list: <c>status</c>, <c>limit</c> (default 10, at most 100), <c>offset</c>; newest first.</summary>
    public static async Task<IResult> ListForUserAsync(string userId, ClaimsPrincipal caller, OrdersDbContext db, string? status, int? limit, int? offset,
        CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(userId))
        {
            return Error(StatusCodes.Status400BadRequest, "Invalid user ID", OrderErrorCodes.InvalidUserId, "userId");
        }

        if (!caller.IsCustomer(userId) && !caller.IsOperator())
        {
            return Forbidden();
        }

        var take = limit ?? 10;
        var skip = offset ?? 0;
        if (take is < 1 or > 100 || skip < 0)
        {
            return Error(StatusCodes.Status400BadRequest, "limit must be 1 to 100 and offset 0 or more", "VALIDATION_ERROR");
        }

        var query = db.Orders.AsNoTracking().Where(order => order.UserId == userId);
        if (status is not null)
        {
            if (!OrderStatusNames.TryParse(status, out var wanted))
            {
                return Error(StatusCodes.Status400BadRequest, $"Unknown status {status}", "VALIDATION_ERROR", "status");
            }

            query = query.Where(order => order.Status == wanted);
        }

        var total = await query.CountAsync(cancellationToken);
        var orders = await query.OrderByDescending(order => order.CreatedAt).ThenByDescending(order => order.OrderNumber)
            .Skip(skip).Take(take).ToListAsync(cancellationToken);
        return TypedResults.Ok(new InternalOrderList(orders.Select(InternalOrder.From).ToList(), total, take, skip));
    }

    /// <summary>Seed 002's status update (<c>{ status, paymentId }</c>), for operators and the purchase saga.</summary>
    public static async Task<IResult> UpdateStatusAsync(string orderId, InternalStatusRequest request, OrderUpdates updates,
        CancellationToken cancellationToken)
    {
        if (!OrderStatusNames.TryParse(request.Status, out var status) || status == OrderStatus.Pending)
        {
            return Error(StatusCodes.Status400BadRequest, $"Unknown status {request.Status}", "VALIDATION_ERROR", "status");
        }

        if (status == OrderStatus.Paid && string.IsNullOrWhiteSpace(request.PaymentId))
        {
            return Error(StatusCodes.Status400BadRequest, "paymentId is required to confirm an order", "VALIDATION_ERROR", "paymentId");
        }

        if (!Guid.TryParse(orderId, out var id))
        {
            return NotFound();
        }

        var update = await updates.ApplyAsync(id, order => [status switch
        {
            OrderStatus.Paid => order.ConfirmPayment(request.PaymentId!, updates.Now),
            OrderStatus.Cancelled => order.Cancel(request.Reason, updates.Now),
            _ => order.MoveTo(status, updates.Now, request.Note, request.TrackingNumber, request.Carrier),
        }], cancellationToken);
        return update.Outcome switch
        {
            OrderUpdateOutcome.NotFound => NotFound(),
            OrderUpdateOutcome.Refused => TypedResults.Conflict(new InternalError(update.Refusal!.Message, OrderErrorCodes.CannotModify,
                Order: InternalOrder.From(update.Order!))),
            _ => TypedResults.Ok(InternalOrder.From(update.Order!)),
        };
    }

    internal static async Task<Order?> FindAsync(OrdersDbContext db, string orderId, CancellationToken cancellationToken) =>
        Guid.TryParse(orderId, out var id) ? await db.Orders.AsNoTracking().FirstOrDefaultAsync(order => order.Id == id, cancellationToken) : null;

    private static IResult Answer(HttpContext context, Placement placement)
    {
        switch (placement.Outcome)
        {
            case PlacementOutcome.KeyReused:
                return Error(StatusCodes.Status422UnprocessableEntity, "Idempotency-Key was already used with a different request", field: IdempotencyHeaders.Key);
            case PlacementOutcome.Replayed:
                context.Response.Headers[IdempotencyHeaders.Replay] = "true";
                return TypedResults.Text(placement.ResponseBody, "application/json", statusCode: StatusCodes.Status200OK);
            default:
                context.Response.Headers.Location = $"/api/orders/{placement.OrderId:D}";
                return TypedResults.Text(placement.ResponseBody, "application/json", statusCode: placement.StatusCode);
        }
    }

    private static IResult Refused(DraftRefusal refusal) => refusal.Reason switch
    {
        DraftRefusalReason.InvalidSnapshot => TypedResults.UnprocessableEntity(new InternalError("Invalid snapshot payload")),
        DraftRefusalReason.SnapshotSecretUnavailable => Error(StatusCodes.Status503ServiceUnavailable, refusal.Message, "SERVICE_UNAVAILABLE"),
        DraftRefusalReason.InvalidUserId => Error(StatusCodes.Status422UnprocessableEntity, refusal.Message, OrderErrorCodes.InvalidUserId, refusal.Field),
        DraftRefusalReason.EmptyItems => Error(StatusCodes.Status422UnprocessableEntity, refusal.Message, OrderErrorCodes.EmptyItems, refusal.Field),
        DraftRefusalReason.Forbidden => Error(StatusCodes.Status403Forbidden, refusal.Message, "FORBIDDEN"),
        DraftRefusalReason.CatalogUnavailable => Error(StatusCodes.Status503ServiceUnavailable, refusal.Message, "SERVICE_UNAVAILABLE"),
        _ => Error(StatusCodes.Status422UnprocessableEntity, refusal.Message, "VALIDATION_ERROR", refusal.Field),
    };

    private static JsonHttpResult<InternalError> NotFound() => Error(StatusCodes.Status404NotFound, "Order not found", OrderErrorCodes.NotFound);

    private static JsonHttpResult<InternalError> Forbidden() => Error(StatusCodes.Status403Forbidden, "Forbidden", "FORBIDDEN");

    private static JsonHttpResult<InternalError> Error(int statusCode, string message, string? code = null, string? field = null) =>
        TypedResults.Json(new InternalError(message, code, field), statusCode: statusCode);
}

public sealed record InternalStatusRequest(string? Status, string? PaymentId, string? Note, string? TrackingNumber, string? Carrier, string? Reason);
