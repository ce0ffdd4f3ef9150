using PurchasePlatform.Payments.Domain;

namespace PurchasePlatform.Payments.Providers;

/// <summary>
/// The card payment provider (PSP). Charges and refunds are idempotent by the request's idempotency key, as with
/// real PSPs: asking again with the same key answers the first outcome and never moves money twice.
/// </summary>
public interface IPaymentProvider
{
    /// <returns>The card behind a provider token, or null when the provider does not know the token.</returns>
    Task<CardDetails?> DescribeTokenAsync(string token, CancellationToken cancellationToken);

    /// <returns>A token for a card number, or null when the provider refuses the card. The number is not kept.</returns>
    Task<string?> TokenizeCardAsync(string cardNumber, int expiryMonth, int expiryYear, CancellationToken cancellationToken);

    /// <exception cref="ProviderUnavailableException">A transient failure: asking again with the same key is safe.</exception>
    Task<ChargeResult> ChargeAsync(ChargeRequest request, CancellationToken cancellationToken);

    /// <exception cref="ProviderUnavailableException">A transient failure: asking again with the same key is safe.</exception>
    Task<ProviderRefundResult> RefundAsync(ProviderRefundRequest request, CancellationToken cancellationToken);
}

public sealed record ChargeRequest(string IdempotencyKey, string Token, long AmountCents, string Currency);

/// <param name="DeclineCode">Set when declined, e.g. CARD_DECLINED, INSUFFICIENT_FUNDS.</param>
public sealed record ChargeResult(bool Succeeded, string? TransactionId, string? ReceiptUrl, string? DeclineCode, string? DeclineMessage)
{
    public static ChargeResult Approved(string transactionId, string receiptUrl) => new(true, transactionId, receiptUrl, null, null);

    public static ChargeResult Declined(string code, string message) => new(false, null, null, code, message);
}

public sealed record ProviderRefundRequest(string IdempotencyKey, string TransactionId, long AmountCents, string Currency);

public sealed record ProviderRefundResult(bool Succeeded, string? RefundId, string? FailureMessage);

/// <summary>The provider could not be reached or failed before deciding; the outcome may be retried.</summary>
public sealed class ProviderUnavailableException(string message) : Exception(message);
