namespace PurchasePlatform.Inventory.Events;

/// <summary>Where an accepted flash order lives, in the state store under <see cref="StateKey"/>.</summary>
public sealed record FlashOrderLocation(string ProductId, int Shard)
{
    public const string StateStore = "statestore";

    public static string StateKey(Guid orderId) => $"flash-order-{orderId:D}";
}
