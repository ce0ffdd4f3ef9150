using PurchasePlatform.BuildingBlocks.Errors;
using PurchasePlatform.BuildingBlocks.Snapshots;

namespace PurchasePlatform.Cart.Snapshots;

/// <summary>A signed snapshot, or why none could be taken.</summary>
public sealed record SnapshotOutcome(CartSnapshot? Snapshot, ErrorResult? Refusal)
{
    public static implicit operator SnapshotOutcome(ErrorResult refusal) => new(null, refusal);

    public static implicit operator SnapshotOutcome(CartSnapshot snapshot) => new(snapshot, null);
}
