using System.Security.Claims;
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

namespace PurchasePlatform.Payments.Apis.V1;

/// <summary>Seed 003's Payment Service API under /api/v1/payments, in the 003 envelope.</summary>
public static class PaymentsApi
{
    public static RouteGroupBuilder MapPaymentsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/payments").WithTags("Payments").RequireAuthorization();
        api.MapPost("/process", ProcessAsync).RequireScope(PlatformScopes.Payments).WithValidation<ProcessPaymentRequest>();
        api.MapGet("/{paymentId}", GetAsync);
        api.MapPost("/{paymentId}/refund", RefundAsync).WithValidation<RefundPaymentRequest>();
        api.MapPaymentMethodsApi();
        return api;
    }

    /// <summary>Charges the caller's own pending order its total (checked with Orders; see <see cref="OrderPaymentRefusals"/>).</summary>
    public static async Task<IResult> ProcessAsync(ProcessPaymentRequest request, HttpContext context, ClaimsPrincipal principal,
        PaymentsDbContext db, IPaymentProvider provider, ChargeProcessor charges, IOrderPaymentCheck orders, CancellationToken cancellationToken)
    {
        var (key, refusal) = IdempotencyKeyHeader.Read(context.Request);
        if (refusal is not null)
        {
            return refusal;
        }

        if (principal.UserId() is not { } userId)
        {
            return ApiResults.Unauthorized("The access token has no user", ErrorCodes.InvalidToken);
        }

        var (card, methodId) = await ResolveCardAsync(request.PaymentMethodId!, userId, db, provider, cancellationToken);
        if (card is null)
        {
            return ApiResults.Error(StatusCodes.Status400BadRequest, ErrorCodes.ValidationError, "Unknown payment method", "paymentMethodId");
        }

        var currency = request.Currency!;
        if (await OrderPaymentRefusals.CheckAsync(new OrderPaymentIntent(request.OrderId!, userId, request.Amount!.Value, currency), key!, principal, context,
                orders, charges, cancellationToken) is { } orderRefusal)
        {
            return orderRefusal;
        }

        var amountCents = Money.ToMinorUnits(request.Amount!.Value, currency)!.Value;
        var fingerprint = RequestFingerprint.Of("v1", request.OrderId, request.PaymentMethodId, amountCents, currency);
        var outcome = await charges.ChargeAsync(
            new ChargeCommand(principal.CallerId(), key!, fingerprint, request.OrderId!, userId, amountCents, currency, card, methodId), cancellationToken);

        return outcome switch
        {
            ChargeOutcome.Completed { Payment.ChargeSucceeded: true } completed =>
                ApiResults.Ok(ProcessPaymentResponse.From(completed.Payment), "Payment processed successfully").MarkReplayed(context, completed.Replayed),
            ChargeOutcome.Completed completed => Declined(completed.Payment).MarkReplayed(context, completed.Replayed),
            ChargeOutcome.AlreadyPaid => ApiResults.Conflict($"Order '{request.OrderId}' already has a payment", field: "orderId"),
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

        return principal.MayRead(payment.UserId) ? ApiResults.Ok(PaymentDetailsResponse.From(payment)) : ApiResults.Forbidden();
    }

    /// <summary>Admins only (or the payments:admin scope). Partial refunds add up to at most the amount paid.</summary>
    public static async Task<IResult> RefundAsync(string paymentId, RefundPaymentRequest request, HttpContext context, ClaimsPrincipal principal,
        RefundProcessor refunds, CancellationToken cancellationToken)
    {
        if (!principal.IsAdmin())
        {
            return ApiResults.Forbidden("Refunds need an administrator");
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
                ApiResults.Ok(RefundResponse.From(completed.Payment, completed.Refund), "Refund processed successfully")
                    .MarkReplayed(context, completed.Replayed),
            RefundOutcome.Completed completed =>
                ApiResults.Error(StatusCodes.Status422UnprocessableEntity, ErrorCodes.PaymentFailed,
                    completed.Refund.FailureReason ?? "The refund failed", summary: "Refund failed").MarkReplayed(context, completed.Replayed),
            RefundOutcome.PaymentNotFound => PaymentErrors.PaymentNotFound(paymentId),
            RefundOutcome.NotAllowed notAllowed => ApiResults.Conflict(
                $"Payment '{paymentId}' cannot be refunded: it is {PaymentStatusNames.V1(notAllowed.Payment.Status)}"),
            RefundOutcome.InvalidAmount invalid => ApiResults.Error(StatusCodes.Status422UnprocessableEntity, ErrorCodes.ValidationError,
                $"Amount must be positive, in {invalid.Payment.Currency}'s minor units, and at most the refundable " +
                $"{Money.ToAmount(invalid.Payment.RefundableCents, invalid.Payment.Currency)} {invalid.Payment.Currency}", "amount"),
            RefundOutcome.KeyReused => IdempotencyKeyHeader.KeyReused(),
            RefundOutcome.InProgress => IdempotencyKeyHeader.InProgress(),
            _ => PaymentErrors.ProviderUnavailable(),
        };
    }

    private static async Task<(CardDetails? Card, string? MethodId)> ResolveCardAsync(string paymentMethodId, Guid userId, PaymentsDbContext db,
        IPaymentProvider provider, CancellationToken cancellationToken)
    {
        if (paymentMethodId.StartsWith("tok_", StringComparison.Ordinal))
        {
            return (await provider.DescribeTokenAsync(paymentMethodId, cancellationToken), null);
        }

        var method = await db.PaymentMethods.AsNoTracking()
            .SingleOrDefaultAsync(m => m.Id == paymentMethodId && m.UserId == userId, cancellationToken);
        return method is null ? (null, null) : (method.Card, method.Id);
    }

    private static ErrorResult Declined(Payment payment) =>
        ApiResults.Error(StatusCodes.Status422UnprocessableEntity, ErrorCodes.PaymentFailed, payment.FailureReason ?? "The payment failed",
            summary: "Payment failed");
}
