namespace PurchasePlatform.Orders;

/// <summary>The "Orders" configuration section.</summary>
public sealed class OrdersOptions
{
    public const string Section = "Orders";

    public string SecretStoreName { get; set; } = "secretstore";

    public string PubSubName { get; set; } = "pubsub";

    public string CartAppId { get; set; } = "cart";

    public string CatalogAppId { get; set; } = "catalog";

    public TimeSpan SidecarWaitTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>The currency of orders whose source names none (seed 002's items, flash-sale orders of unknown products).</summary>
    public string DefaultCurrency { get; set; } = "USD";
}
