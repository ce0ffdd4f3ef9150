using PurchasePlatform.Cart.Domain;

namespace PurchasePlatform.Cart.Infrastructure;

/// <summary>Carts in the state store, one entry per user (<c>cart-{userId}</c>).</summary>
public sealed class CartStore(OptimisticStateStore store, TimeProvider clock)
{
    public DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>The user's cart; an empty (unsaved) one when there is none yet.</summary>
    public async Task<ShoppingCart> GetAsync(Guid userId, CancellationToken cancellationToken) =>
        await store.ReadAsync<ShoppingCart>(Key(userId), cancellationToken) ?? ShoppingCart.Empty(userId);

    /// <summary>Applies <paramref name="edit"/> to the current cart until it is saved; a saved cart's version goes up by one.</summary>
    public Task<TResult> ChangeAsync<TResult>(Guid userId, Func<ShoppingCart, StateEdit<ShoppingCart, TResult>> edit,
        CancellationToken cancellationToken) =>
        store.ChangeAsync<ShoppingCart, TResult>(Key(userId), current =>
        {
            var decision = edit(current ?? ShoppingCart.Empty(userId));
            return decision.Changed is { } changed
                ? StateEdit<ShoppingCart, TResult>.Save(changed with { Version = changed.Version + 1 }, decision.Result)
                : decision;
        }, cancellationToken);

    private static string Key(Guid userId) => $"cart-{userId:D}";
}
