namespace PurchasePlatform.Cart.Infrastructure;

/// <summary>What an edit of a stored value decided: save <see cref="Changed"/> (null: save nothing) and answer <see cref="Result"/>.</summary>
public readonly record struct StateEdit<TState, TResult>(TState? Changed, TResult Result)
    where TState : class
{
    public static StateEdit<TState, TResult> Save(TState changed, TResult result) => new(changed, result);

    public static StateEdit<TState, TResult> Keep(TResult result) => new(null, result);
}
