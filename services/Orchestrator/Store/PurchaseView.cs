using PurchasePlatform.Orchestrator.Saga;

namespace PurchasePlatform.Orchestrator.Store;

/// <summary>The read model of a purchase, saved after every step and read without entering the saga actor.</summary>
public sealed record PurchaseView(
    string PurchaseId,
    string UserId,
    string Status,
    string? Reason,
    IReadOnlyList<PurchaseViewLine> Products,
    string? OrderId,
    string? PaymentId,
    long? AmountCents,
    string? Currency,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    public static PurchaseView Of(PurchaseState state) => new(state.PurchaseId, state.UserId, state.Status, state.Reason,
        state.Lines.Select(line => new PurchaseViewLine(line.ProductId, line.Quantity, line.Status)).ToList(), state.OrderId, state.PaymentId,
        state.AmountCents, state.Currency, state.CreatedAt, state.UpdatedAt);
}

public sealed record PurchaseViewLine(string Id, int Quantity, string Status);
