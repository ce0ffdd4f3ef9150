using PurchasePlatform.Cart.Domain;
using PurchasePlatform.Cart.Infrastructure;

namespace PurchasePlatform.Cart.Checkout;

/// <summary>
/// Ends a cart an order was placed from: when <c>cartId</c> is still the user's cart id, the cart is emptied (items and
/// coupon) and a new cart id begins; a cart that already moved on (cleared, or another id) is left alone, so saying it
/// twice changes nothing.
/// </summary>
public sealed class CartCheckouts(CartStore carts)
{
    /// <returns>True when the cart was emptied now.</returns>
    public Task<bool> CheckOutAsync(Guid userId, Guid cartId, CancellationToken cancellationToken) =>
        carts.ChangeAsync<bool>(userId, cart => cart.CartId == cartId && cart.Version > 0
            ? StateEdit<ShoppingCart, bool>.Save(cart.Clear(carts.Now), true)
            : StateEdit<ShoppingCart, bool>.Keep(false), cancellationToken);
}
