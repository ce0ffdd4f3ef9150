using PurchasePlatform.Inventory.Domain;

namespace PurchasePlatform.Inventory.Stock;

public enum FlashOrderResult
{
    Accepted,
    Duplicate,
    SoldOut,
    UnknownProduct,
}

/// <summary>What a flash order came to; <see cref="Order"/> is the shard's record when one bought the key.</summary>
public sealed record FlashOrderAttempt(FlashOrderResult Result, Guid OrderId, FlashOrder? Order);
