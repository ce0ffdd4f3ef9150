namespace PurchasePlatform.Orders.Application;

public enum PlacementOutcome
{
    /// <summary>This request created the order.</summary>
    Created,

    /// <summary>The key was used before with the same request: the first answer is given again.</summary>
    Replayed,

    /// <summary>The key was used before with another request.</summary>
    KeyReused,
}

/// <summary>What placing an order under an idempotency key came to, with the answer to give.</summary>
public sealed record Placement(PlacementOutcome Outcome, Guid OrderId, int StatusCode, string ResponseBody);

/// <summary>An <c>Idempotency-Key</c> and the hash of the request it came with.</summary>
public sealed record IdempotentRequest(string Key, string RequestHash);
