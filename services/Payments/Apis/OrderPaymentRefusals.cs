using System.Globalization;
using System.Security.Claims;
using Microsoft.Net.Http.Headers;
using PurchasePlatform.BuildingBlocks.Authentication;
using PurchasePlatform.BuildingBlocks.Errors;
using PurchasePlatform.BuildingBlocks.Responses;
using PurchasePlatform.Payments.Orders;
using PurchasePlatform.Payments.Processing;

namespace PurchasePlatform.Payments.Apis;

/// <summary>
/// A customer pays only their own pending order, and exactly its total: checked with Orders before the charge.
/// Services holding <c>payments:admin</c> (the purchase saga) are not checked, nor retries of a key already used
/// (they are answered from what was stored).
/// </summary>
public static class OrderPaymentRefusals
{
    public const int OrdersRetryAfterSeconds = 5;

    /// <returns>Null when the charge may go ahead; otherwise the refusal (404, 409, 422 or 503).</returns>
    public static async Task<ErrorResult?> CheckAsync(OrderPaymentIntent intent, string idempotencyKey, ClaimsPrincipal principal, HttpContext context,
        IOrderPaymentCheck check, ChargeProcessor charges, CancellationToken cancellationToken)
    {
        if (principal.HasScope(PaymentsAccess.AdminScope) || await charges.KnowsKeyAsync(principal.CallerId(), idempotencyKey, cancellationToken))
        {
            return null;
        }

        var (verdict, order) = await check.CheckAsync(intent, BearerToken(context.Request), cancellationToken);
        return verdict switch
        {
            OrderPaymentVerdict.Payable => null,
            OrderPaymentVerdict.NotFound => ApiResults.Error(StatusCodes.Status404NotFound, ErrorCodes.NotFound, "Order not found", "orderId"),
            OrderPaymentVerdict.NotPayable => ApiResults.Conflict($"The order cannot be paid: it is {order!.Status}", field: "orderId"),
            OrderPaymentVerdict.WrongAmount => ApiResults.Error(StatusCodes.Status422UnprocessableEntity, ErrorCodes.ValidationError,
                $"The amount must be the order's total, {order!.TotalAmount.ToString(CultureInfo.InvariantCulture)} {order.Currency}", "amount"),
            _ => ApiResults.Error(StatusCodes.Status503ServiceUnavailable, "Service unavailable",
                [new ApiError(ErrorCodes.ServiceUnavailable, "The order service is unavailable; retry with the same Idempotency-Key")],
                OrdersRetryAfterSeconds),
        };
    }

    private static string? BearerToken(HttpRequest request) =>
        request.Headers[HeaderNames.Authorization].ToString() is { } header && header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
            ? header["Bearer ".Length..].Trim()
            : null;
}
