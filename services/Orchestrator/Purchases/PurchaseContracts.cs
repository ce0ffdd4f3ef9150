namespace PurchasePlatform.Orchestrator.Purchases;

/// <summary>The body of <c>POST /purchases</c> (from the gateway): seed 000's products, the purchase id the gateway derived, how to pay.</summary>
public sealed record StartPurchaseRequest(string? PurchaseId, List<PurchaseProductInput?>? Products, string? PaymentMethodId);

public sealed record PurchaseProductInput(string? Id, int? Quantity);

/// <summary>Seed 000's answer to starting and cancelling: <c>{purchaseId, status, message}</c>.</summary>
public sealed record PurchaseAnswer(string PurchaseId, string Status, string Message);

/// <summary>A purchase as the orchestrator reports it; the gateway shows seed 000's part of it.</summary>
public sealed record PurchaseDetails(
    string PurchaseId,
    string Status,
    string? Reason,
    IReadOnlyList<PurchaseProductStatus> Products,
    string? OrderId,
    string? PaymentId,
    long? AmountCents,
    string? Currency,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);

public sealed record PurchaseProductStatus(string Id, int Quantity, string Status);

/// <summary>An error: a short code (invalid_request, not_found, conflict, service_unavailable) and what went wrong.</summary>
public sealed record PurchaseError(string Error, string Message);
