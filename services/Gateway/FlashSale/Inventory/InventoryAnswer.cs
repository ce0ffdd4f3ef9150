using System.Net;

namespace PurchasePlatform.Gateway.FlashSale.Inventory;

/// <summary>
/// What Inventory answered: its status and, on 200, the body read as <typeparamref name="T"/>. <see cref="Failed"/> when
/// it could not be reached or answered something the gateway cannot use (5xx, an unreadable body).
/// </summary>
internal sealed record InventoryAnswer<T>(HttpStatusCode? Status, T? Value)
    where T : class
{
    public static readonly InventoryAnswer<T> Failed = new(null, null);

    public bool IsOk => Status == HttpStatusCode.OK && Value is not null;

    public bool Is(HttpStatusCode status) => Status == status;
}
