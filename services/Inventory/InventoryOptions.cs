namespace PurchasePlatform.Inventory;

/// <summary>Bound from the "Inventory" configuration section.</summary>
public sealed class InventoryOptions
{
    public const string SectionName = "Inventory";

    public ShardSettings Shards { get; set; } = new();
    public KeySettings Keys { get; set; } = new();
    public ReservationSettings Reservations { get; set; } = new();
    public OutboxSettings Outbox { get; set; } = new();
    public CatalogSyncSettings CatalogSync { get; set; } = new();

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

    public sealed class CatalogSyncSettings
    {
        /// <summary>Whether start-up initialises the stock of catalog products Inventory never initialised.</summary>
        public bool Enabled { get; set; } = true;

        /// <summary>The catalog's Dapr app id.</summary>
        public string CatalogAppId { get; set; } = "catalog";

        /// <summary>Products per page read from the catalog (the catalog allows at most 100).</summary>
        public int PageSize { get; set; } = 100;

        /// <summary>Delay before retrying a failed pass; doubles per failure up to <see cref="MaxRetry"/>.</summary>
        public TimeSpan FirstRetry { get; set; } = TimeSpan.FromSeconds(2);

        public TimeSpan MaxRetry { get; set; } = TimeSpan.FromMinutes(1);

        /// <summary>Timeout of one page request.</summary>
        public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);
    }
}
