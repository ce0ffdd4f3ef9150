namespace PurchasePlatform.Orders.Domain;

/// <summary>How an order came in.</summary>
public enum OrderSource
{
    /// <summary>A signed cart snapshot (seed 004, and seed 003's create through the cart).</summary>
    CartSnapshot,

    /// <summary>Seed 002's <c>{ userId, items }</c>, priced from the catalog.</summary>
    Items,

    /// <summary>An order accepted by the flash sale (<c>inventory.order_accepted.v1</c>).</summary>
    FlashSale,
}
