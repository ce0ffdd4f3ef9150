using Dapr.Client;
using Microsoft.Extensions.Options;

namespace PurchasePlatform.Cart.Infrastructure;

/// <summary>
/// Read-modify-write on the Dapr state store with ETags: the edit runs on the value as read and is saved only if
/// nobody saved it in between (a missing entry is created first-write-wins); otherwise it is read again and the edit
/// re-applied, up to <see cref="CartOptions.MaxSaveAttempts"/> times. So concurrent changes are never lost.
/// </summary>
public sealed class OptimisticStateStore(DaprClient dapr, IOptions<CartOptions> options)
{
    private static readonly StateOptions FirstWrite = new() { Concurrency = ConcurrencyMode.FirstWrite, Consistency = ConsistencyMode.Strong };

    private string StoreName => options.Value.StateStoreName;

    public async Task<TState?> ReadAsync<TState>(string key, CancellationToken cancellationToken) =>
        await dapr.GetStateAsync<TState>(StoreName, key, ConsistencyMode.Strong, cancellationToken: cancellationToken);

    /// <exception cref="ConcurrentChangeException">every attempt lost to another writer.</exception>
    public async Task<TResult> ChangeAsync<TState, TResult>(string key, Func<TState?, StateEdit<TState, TResult>> edit,
        CancellationToken cancellationToken)
        where TState : class
    {
        var attempts = Math.Max(1, options.Value.MaxSaveAttempts);
        for (var attempt = 1; attempt <= attempts; attempt++)
        {
            var (current, etag) = await dapr.GetStateAndETagAsync<TState>(StoreName, key, ConsistencyMode.Strong, cancellationToken: cancellationToken);
            var decision = edit(current);
            if (decision.Changed is null)
            {
                return decision.Result;
            }

            if (await dapr.TrySaveStateAsync(StoreName, key, decision.Changed, etag ?? "", FirstWrite, cancellationToken: cancellationToken))
            {
                return decision.Result;
            }

            // Spread the writers that lost so they do not collide again in lockstep.
            await Task.Delay(Random.Shared.Next(0, Math.Min(attempt, 10) * 2 + 1), cancellationToken);
        }

        throw new ConcurrentChangeException(key, attempts);
    }
}
