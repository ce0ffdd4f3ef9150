namespace PurchasePlatform.Inventory.Domain;

/// <summary>
/// The small state entry of one shard actor: its counts, the saga holds still open and the events not yet
/// delivered. Each order key lives in its own state entry, so this stays small whatever the traffic.
/// </summary>
public sealed class ShardState
{
    public int Available { get; set; }
    public int Reserved { get; set; }
    public int Sold { get; set; }

    /// <summary>Goes up on every change of the counts.</summary>
    public long Version { get; set; }

    /// <summary>The product's shard count, as the last stock set told this shard.</summary>
    public int ShardCount { get; set; }

    public List<OpenHold> OpenHolds { get; set; } = [];
    public List<OutboxEntry> Outbox { get; set; } = [];

    public ShardCounts Counts => new(Available, Reserved, Sold, Version);
}
