using PurchasePlatform.BuildingBlocks.Errors;
using PurchasePlatform.BuildingBlocks.Responses;

namespace PurchasePlatform.Payments.Apis;

/// <summary>Payments' error codes: seed 002's PAY_xxx on /api/payments, seed 003's common codes on /api/v1/payments.</summary>
public static class PaymentErrors
{
    public const string InvalidPaymentMethod = "PAY_001";
    public const string InsufficientFunds = "PAY_002";
    public const string AlreadyProcessed = "PAY_003";
    public const string RefundNotAllowed = "PAY_004";

    /// <summary>Payments' own code: <c>paymentMethod</c> <c>{ type: "default" }</c> for a user with no default saved method (422).</summary>
    public const string NoDefaultPaymentMethod = "NO_DEFAULT_PAYMENT_METHOD";

    /// <summary>Payments' own code: an Idempotency-Key reused with a different request (422).</summary>
    public const string IdempotencyKeyReused = "IDEMPOTENCY_KEY_REUSED";

    public const int ProviderRetryAfterSeconds = 5;

    public static ErrorResult ProviderUnavailable() =>
        ApiResults.Error(StatusCodes.Status503ServiceUnavailable, "Service unavailable",
            [new ApiError(ErrorCodes.ServiceUnavailable, "The payment provider is unavailable; retry with the same Idempotency-Key")],
            ProviderRetryAfterSeconds);

    public static ErrorResult PaymentNotFound(string paymentId) =>
        ApiResults.NotFound(IsPlainId(paymentId) ? $"Payment with ID '{paymentId}' not found" : "Payment not found");

    // An id is echoed only when it is well-formed, so arbitrary input is never reflected back.
    private static bool IsPlainId(string id) => id.Length <= 40 && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
