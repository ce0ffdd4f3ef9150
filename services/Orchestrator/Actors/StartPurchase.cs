namespace PurchasePlatform.Orchestrator.Actors;

/// <summary>What the saga actor needs to start a purchase; the lines are checked by the caller.</summary>
public sealed record StartPurchase(string UserId, IReadOnlyList<StartPurchaseLine> Products, string PaymentMethodId);

public sealed record StartPurchaseLine(string Id, int Quantity);
