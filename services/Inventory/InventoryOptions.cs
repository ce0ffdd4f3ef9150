namespace PurchasePlatform.Inventory;

/// <summary>Bound from the "Inventory" configuration section.</summary>
public sealed class InventoryOptions
{
    public const string SectionName = "Inventory";

    public ShardSettings Shards { get; set; } = new();
    public KeySettings Keys { get; set; } = new();
    public ReservationSettings Reservations { get; set; } = new();
    public OutboxSettings Outbox { get; set; } = new();

    public sealed class ShardSettings
    {
        /// <summary>Shard actors per product, fixed for a product the first time its stock is set.</summary>
        public int PerProduct { get; set; } = 4;
    }

    public sealed class KeySettings
    {
        /// <summary>How long a shard remembers a key it passed on (no stock there); accepted keys are kept.</summary>
        public TimeSpan Retention { get; set; } = TimeSpan.FromHours(24);
    }

    public sealed class ReservationSettings
    {
        /// <summary>How long a saga reservation holds stock before it is released unless confirmed.</summary>
        public TimeSpan HoldFor { get; set; } = TimeSpan.FromMinutes(15);
    }

    public sealed class OutboxSettings
    {
        /// <summary>Delay before the first retry of an undelivered event; doubles per failed attempt.</summary>
        public TimeSpan FirstRetry { get; set; } = TimeSpan.FromSeconds(5);

        /// <summary>The longest delay between retries.</summary>
        public TimeSpan MaxRetry { get; set; } = TimeSpan.FromMinutes(5);
    }
}
