namespace PurchasePlatform.Payments.Apis.V1;

/// <param name="PaymentMethodId">A saved method ("pm-...") of the caller, or a provider token ("tok_...") used once.</param>
/// <param name="PaymentGateway">Accepted and ignored: there is one provider.</param>
public sealed record ProcessPaymentRequest(string? OrderId, string? PaymentMethodId, decimal? Amount, string? Currency, string? PaymentGateway,
    string? ReturnUrl, string? CancelUrl);

/// <param name="Amount">Null refunds everything still refundable.</param>
public sealed record RefundPaymentRequest(decimal? Amount, string? Reason);

public sealed record AddPaymentMethodRequest(string? Type, string? CardToken, bool IsDefault);
