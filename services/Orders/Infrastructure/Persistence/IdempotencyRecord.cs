namespace PurchasePlatform.Orders.Infrastructure.Persistence;

/// <summary>
/// The first answer to a request carrying an <c>Idempotency-Key</c>, stored in the transaction that created the
/// order: a retry with the same body gets this answer again, one with another body is refused.
/// </summary>
public sealed class IdempotencyRecord
{
    public required string Key { get; init; }

    /// <summary>SHA-256 (hex) of the request's canonical JSON.</summary>
    public required string RequestHash { get; init; }

    public required Guid OrderId { get; init; }

    public required int StatusCode { get; init; }

    public required string ResponseBody { get; init; }

    public required DateTime CreatedAt { get; init; }
}
