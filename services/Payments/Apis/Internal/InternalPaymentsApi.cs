using System.Globalization;
using System.Security.Claims;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using PurchasePlatform.BuildingBlocks.Authentication;
using PurchasePlatform.BuildingBlocks.Errors;
using PurchasePlatform.BuildingBlocks.Responses;
using PurchasePlatform.BuildingBlocks.Validation;
using PurchasePlatform.Payments.Domain;
using PurchasePlatform.Payments.Infrastructure;
using PurchasePlatform.Payments.Orders;
using PurchasePlatform.Payments.Processing;
using PurchasePlatform.Payments.Providers;
using PurchasePlatform.Payments.Resilience;

namespace PurchasePlatform.Payments.Apis.Internal;

/// <summary>
/// Seed 002's Payment Service under /api/payments, reached by Dapr service invocation, with 002's bodies and error
/// codes (PAY_001..PAY_004, in ProblemDetails). A caller may charge and read their own payments; admins (or the
/// payments:admin scope) any, and only they refund. A charge by anyone but a payments:admin service is checked with
/// Orders first (<see cref="OrderPaymentRefusals"/>).
/// </summary>
public static class InternalPaymentsApi
{
    public const int DefaultLimit = 10;
    public const int MaxLimit = 100;

    public static RouteGroupBuilder MapInternalPaymentsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/payments").WithTags("Payments (internal)").RequireAuthorization();
        api.MapPost("/", CreateAsync).WithValidation<CreatePaymentRequest>();
        api.MapGet("/{paymentId}", GetAsync);
        api.MapPost("/{paymentId}/refund", RefundAsync).WithValidation<InternalRefundRequest>();
        api.MapGet("/user/{userId}", ListForUserAsync);

        app.MapGet("/api/circuit-breaker/status", CircuitBreakerStatus).WithTags("Payments (internal)").RequireAuthorization();
        return api;
    }

    /// <summary>201 with the payment, completed or failed (declines are answers, not errors); 503 when the provider cannot be reached.</summary>
    /// <remarks>
    /// A saved method (<c>saved</c> or <c>default</c>) is looked up among the body's user's methods: another user's is not
    /// found (404); a user without a default is 422 <see cref="PaymentErrors.NoDefaultPaymentMethod"/>.
    /// </remarks>
    public static async Task<IResult> CreateAsync(CreatePaymentRequest request, HttpContext context, ClaimsPrincipal principal,
        IPaymentProvider provider, ChargeProcessor charges, PaymentsDbContext db, IOrderPaymentCheck orders, CancellationToken cancellationToken)
    {
        var (key, refusal) = IdempotencyKeyHeader.Read(context.Request);
        if (refusal is not null)
        {
            return refusal;
        }

        var userId = request.UserId!.Value;
        if (!principal.MayRead(userId))
        {
            return ApiResults.Forbidden("A payment can only be made for the caller's own user");
        }

        var method = request.PaymentMethod!;
        CardDetails? card;
        string? savedMethodId = null;
        if (SavedMethods.IsSaved(method))
        {
            var saved = await SavedMethods.FindAsync(method, userId, db, cancellationToken);
            if (saved is null)
            {
                return method.Type == SavedMethods.DefaultType
                    ? Error(StatusCodes.Status422UnprocessableEntity, PaymentErrors.NoDefaultPaymentMethod, "The user has no default payment method")
                    : ApiResults.NotFound("Payment method not found");
            }

            (card, savedMethodId) = (saved.Card, saved.Id);
        }
        else
        {
            card = await CardOfAsync(method, provider, cancellationToken);
            if (card is null)
            {
                return Error(StatusCodes.Status400BadRequest, PaymentErrors.InvalidPaymentMethod, "Invalid payment method");
            }
        }

        var currency = request.Currency!;
        if (await OrderPaymentRefusals.CheckAsync(new OrderPaymentIntent(request.OrderId!, userId, request.Amount!.Value, currency), key!, principal, context,
                orders, charges, cancellationToken) is { } orderRefusal)
        {
            return orderRefusal;
        }

        var amountCents = Money.ToMinorUnits(request.Amount!.Value, currency)!.Value;
        // A saved method is fingerprinted as asked (its id, or "default"), so a replay still matches after the default changed.
        var fingerprint = RequestFingerprint.Of("internal", request.OrderId, userId, amountCents, currency,
            SavedMethods.IsSaved(method) ? $"{method.Type}:{method.MethodId}" : card.Token);
        var outcome = await charges.ChargeAsync(
            new ChargeCommand(principal.CallerId(), key!, fingerprint, request.OrderId!, userId, amountCents, currency, card, savedMethodId),
            cancellationToken);

        return outcome switch
        {
            ChargeOutcome.Completed completed => TypedResults.Created($"/api/payments/{completed.Payment.Id}",
                InternalPaymentResponse.From(completed.Payment, asCharged: true)).MarkReplayed(context, completed.Replayed),
            ChargeOutcome.AlreadyPaid => Error(StatusCodes.Status409Conflict, PaymentErrors.AlreadyProcessed, "Payment already processed"),
            ChargeOutcome.KeyReused => IdempotencyKeyHeader.KeyReused(),
            ChargeOutcome.InProgress => IdempotencyKeyHeader.InProgress(),
            _ => PaymentErrors.ProviderUnavailable(),
        };
    }

    public static async Task<IResult> GetAsync(string paymentId, ClaimsPrincipal principal, PaymentsDbContext db, CancellationToken cancellationToken)
    {
        var payment = await db.Payments.AsNoTracking().SingleOrDefaultAsync(p => p.Id == paymentId, cancellationToken);
        if (payment is null)
        {
            return PaymentErrors.PaymentNotFound(paymentId);
        }

        return principal.MayRead(payment.UserId) ? TypedResults.Ok(InternalPaymentResponse.From(payment)) : ApiResults.Forbidden();
    }

    public static async Task<IResult> RefundAsync(string paymentId, InternalRefundRequest request, HttpContext context, ClaimsPrincipal principal,
        RefundProcessor refunds, CancellationToken cancellationToken)
    {
        if (!principal.IsAdmin())
        {
            return ApiResults.Forbidden("Refunds need an administrator or the payments:admin scope");
        }

        var (key, refusal) = IdempotencyKeyHeader.Read(context.Request);
        if (refusal is not null)
        {
            return refusal;
        }

        var outcome = await refunds.RefundAsync(new RefundCommand(principal.CallerId(), key!, paymentId, request.Amount, request.Reason), cancellationToken);
        return outcome switch
        {
            RefundOutcome.Completed { Refund.Status: RefundStatus.Succeeded } completed =>
                TypedResults.Ok(InternalRefundResponse.From(completed.Payment, completed.Refund)).MarkReplayed(context, completed.Replayed),
            RefundOutcome.Completed completed => Error(StatusCodes.Status422UnprocessableEntity, PaymentErrors.RefundNotAllowed,
                completed.Refund.FailureReason ?? "The refund failed").MarkReplayed(context, completed.Replayed),
            RefundOutcome.PaymentNotFound => PaymentErrors.PaymentNotFound(paymentId),
            RefundOutcome.NotAllowed => Error(StatusCodes.Status409Conflict, PaymentErrors.RefundNotAllowed, "Refund not allowed"),
            RefundOutcome.InvalidAmount invalid => ApiResults.Error(StatusCodes.Status422UnprocessableEntity, PaymentErrors.RefundNotAllowed,
                string.Create(CultureInfo.InvariantCulture,
                    $"Refund amount exceeds the refundable {Money.ToAmount(invalid.Payment.RefundableCents, invalid.Payment.Currency)} {invalid.Payment.Currency}"),
                "amount"),
            RefundOutcome.KeyReused => IdempotencyKeyHeader.KeyReused(),
            RefundOutcome.InProgress => IdempotencyKeyHeader.InProgress(),
            _ => PaymentErrors.ProviderUnavailable(),
        };
    }

    /// <summary>
    /// Newest first; <c>status</c> (completed, failed, ...) and <c>orderId</c> filter, <c>limit</c> (default 10, at most 100)
    /// and <c>offset</c> page.
    /// </summary>
    public static async Task<IResult> ListForUserAsync(string userId, string? status, string? orderId, int? limit, int? offset,
        ClaimsPrincipal principal, PaymentsDbContext db, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(userId, out var id))
        {
            return principal.IsAdmin() ? TypedResults.Ok(new InternalPaymentListResponse([], 0, limit ?? DefaultLimit, offset ?? 0)) : ApiResults.Forbidden();
        }

        if (!principal.MayRead(id))
        {
            return ApiResults.Forbidden();
        }

        if (limit is < 1 or > MaxLimit || offset < 0)
        {
            return ApiResults.Error(StatusCodes.Status400BadRequest, ErrorCodes.ValidationError,
                $"limit must be 1 to {MaxLimit} and offset at least 0", limit is < 1 or > MaxLimit ? "limit" : "offset");
        }

        var query = db.Payments.AsNoTracking().Where(p => p.UserId == id);
        if (status is not null)
        {
            if (StatusNamed(status) is not { } wanted)
            {
                return ApiResults.Error(StatusCodes.Status400BadRequest, ErrorCodes.ValidationError, "Unknown status", "status");
            }

            query = query.Where(p => p.Status == wanted);
        }

        if (!string.IsNullOrEmpty(orderId))
        {
            query = query.Where(p => p.OrderId == orderId);
        }

        var total = await query.CountAsync(cancellationToken);
        var page = await query.OrderByDescending(p => p.CreatedAt).ThenBy(p => p.Id)
            .Skip(offset ?? 0).Take(limit ?? DefaultLimit).ToListAsync(cancellationToken);
        return TypedResults.Ok(new InternalPaymentListResponse(page.Select(p => InternalPaymentResponse.From(p)).ToList(), total,
            limit ?? DefaultLimit, offset ?? 0));
    }

    /// <summary>Seed 002's shape: one entry per external dependency, here the card provider.</summary>
    public static IResult CircuitBreakerStatus(CircuitBreakerMonitor monitor)
    {
        var snapshot = monitor.Snapshot();
        return TypedResults.Ok(new Dictionary<string, CircuitBreakerStatusResponse>
        {
            ["payment_provider"] = new(snapshot.State, snapshot.FailureCount, snapshot.LastFailure, snapshot.NextAttempt),
        });
    }

    private static async Task<CardDetails?> CardOfAsync(PaymentMethodInput method, IPaymentProvider provider, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(method.Token))
        {
            return await provider.DescribeTokenAsync(method.Token, cancellationToken);
        }

        var token = await provider.TokenizeCardAsync(method.CardNumber!, int.Parse(method.ExpiryMonth!, CultureInfo.InvariantCulture),
            int.Parse(method.ExpiryYear!, CultureInfo.InvariantCulture), cancellationToken);
        return token is null ? null : await provider.DescribeTokenAsync(token, cancellationToken);
    }

    private static PaymentStatus? StatusNamed(string name) =>
        Enum.GetValues<PaymentStatus>().Cast<PaymentStatus?>().FirstOrDefault(s => PaymentStatusNames.Internal(s!.Value) == name);

    private static ErrorResult Error(int status, string code, string message) => ApiResults.Error(status, code, message);
}

public sealed record CircuitBreakerStatusResponse(
    [property: JsonPropertyName("state")] string State,
    [property: JsonPropertyName("failure_count")] int FailureCount,
    [property: JsonPropertyName("last_failure")] DateTime? LastFailure,
    [property: JsonPropertyName("next_attempt")] DateTime? NextAttempt);
