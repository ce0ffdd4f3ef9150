namespace PurchasePlatform.Payments.Domain;

/// <summary>
/// An <c>Idempotency-Key</c> that was used, stored in the same transaction as the payment or refund it created:
/// the same key with the same request answers with that resource again; with another request it is refused.
/// Keys are per caller and per operation (<see cref="Scope"/>, e.g. "charge" or "refund:pay-...").
/// </summary>
public sealed class IdempotencyRecord
{
    public required string Scope { get; init; }

    public required string CallerId { get; init; }

    public required string Key { get; init; }

    /// <summary>SHA-256 of the request as the service understood it (see RequestFingerprint).</summary>
    public required string RequestHash { get; init; }

    /// <summary>The payment or refund the first request created.</summary>
    public required string ResourceId { get; init; }

    public required DateTime CreatedAt { get; init; }
}
