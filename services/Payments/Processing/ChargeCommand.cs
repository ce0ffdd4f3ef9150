using PurchasePlatform.Payments.Domain;

namespace PurchasePlatform.Payments.Processing;

/// <param name="CallerId">Whose idempotency keys these are (the token's subject).</param>
/// <param name="Fingerprint">The request as received (see <see cref="RequestFingerprint"/>).</param>
public sealed record ChargeCommand(string CallerId, string IdempotencyKey, string Fingerprint, string OrderId, Guid UserId, long AmountCents,
    string Currency, CardDetails Card, string? PaymentMethodId);
