using System.Text.Json.Serialization;

namespace PurchasePlatform.Gateway.Purchases;

/// <summary>Seed 000's request body; <c>paymentMethodId</c> (a saved method or a provider token) is this platform's addition.</summary>
internal sealed record PurchaseRequest(List<PurchaseRequestProduct?>? Products, string? PaymentMethodId);

internal sealed record PurchaseRequestProduct(string? Id, int? Quantity);

/// <summary>Seed 000's answer to starting and cancelling a purchase.</summary>
internal sealed record PurchaseAnswer(string PurchaseId, string Status, string Message);

/// <summary>Seed 000's purchase status.</summary>
internal sealed record PurchaseStatusAnswer(string PurchaseId, string Status, IReadOnlyList<PurchaseProductAnswer> Products);

internal sealed record PurchaseProductAnswer(string Id, int Quantity, string Status);

/// <summary>The gateway's purchase errors: a code and a message.</summary>
internal sealed record PurchaseError(string Error, string Message);

/// <summary>What the gateway sends the orchestrator to start a purchase.</summary>
internal sealed record OrchestratorStartRequest(
    string PurchaseId,
    IReadOnlyList<PurchaseRequestProduct> Products,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? PaymentMethodId);

/// <summary>The orchestrator's purchase (the part the gateway shows).</summary>
internal sealed record OrchestratorPurchase(string? PurchaseId, string? Status, List<PurchaseProductAnswer>? Products);
