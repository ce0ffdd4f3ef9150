namespace PurchasePlatform.Orders.Application;

/// <summary>Why a request could not become an order; each API answers it in its own format.</summary>
public enum DraftRefusalReason
{
    /// <summary>The snapshot is malformed or its signature does not match (seed 004: 422 "Invalid snapshot payload").</summary>
    InvalidSnapshot,

    /// <summary>The snapshot secret could not be read: nothing can be verified (503).</summary>
    SnapshotSecretUnavailable,

    /// <summary>ORDER_001.</summary>
    InvalidUserId,

    /// <summary>ORDER_002.</summary>
    EmptyItems,

    InvalidItems,

    /// <summary>The caller may not order for that user.</summary>
    Forbidden,

    ProductUnavailable,

    CatalogUnavailable,
}

public sealed record DraftRefusal(DraftRefusalReason Reason, string Message, string? Field = null);

/// <summary>A draft, or why there is none.</summary>
public sealed record DraftOutcome(OrderDraft? Draft, DraftRefusal? Refusal)
{
    public static implicit operator DraftOutcome(OrderDraft draft) => new(draft, null);

    public static implicit operator DraftOutcome(DraftRefusal refusal) => new(null, refusal);
}
