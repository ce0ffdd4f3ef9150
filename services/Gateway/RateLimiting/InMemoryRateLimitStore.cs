using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace PurchasePlatform.Gateway.RateLimiting;

/// <summary>
/// Counters of one gateway instance, in memory. Each client's entry is locked while a request is counted. About once
/// a minute (and whenever more than MaxTrackedClients are tracked) the request that finds a sweep due drops idle
/// clients, and, if still too many are tracked, the least recently seen ones, so memory stays bounded.
/// </summary>
internal sealed class InMemoryRateLimitStore(TimeProvider clock, IOptions<RateLimitOptions> options) : IRateLimitStore
{
    private static readonly TimeSpan SweepInterval = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<string, ClientAllowance> clients = new(StringComparer.Ordinal);
    private int trackedClients;
    private int sweeping;
    private long nextSweepUnixMs;

    public int TrackedClients => Volatile.Read(ref trackedClients);

    public ValueTask<RateLimitDecision> TryAcquireAsync(string clientKey, RateLimitPlan plan, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var decision = TryAcquire(clientKey, plan, now);
        SweepIfDue(now);
        return ValueTask.FromResult(decision);
    }

    private RateLimitDecision TryAcquire(string clientKey, RateLimitPlan plan, DateTimeOffset now)
    {
        while (true)
        {
            var allowance = Track(clientKey, plan, now);
            lock (allowance)
            {
                // A sweep may have dropped it between the lookup and the lock; then count on the entry that replaces it.
                if (!allowance.Evicted)
                {
                    return allowance.TryAcquire(plan, now);
                }
            }
        }
    }

    private ClientAllowance Track(string clientKey, RateLimitPlan plan, DateTimeOffset now)
    {
        if (clients.TryGetValue(clientKey, out var existing))
        {
            return existing;
        }

        var created = new ClientAllowance(plan, now);
        var tracked = clients.GetOrAdd(clientKey, created);
        if (ReferenceEquals(tracked, created))
        {
            Interlocked.Increment(ref trackedClients);
        }

        return tracked;
    }

    private void SweepIfDue(DateTimeOffset now)
    {
        var maxClients = options.Value.MaxTrackedClients;
        var due = now.ToUnixTimeMilliseconds() >= Volatile.Read(ref nextSweepUnixMs) || TrackedClients > maxClients;
        if (!due || Interlocked.CompareExchange(ref sweeping, 1, 0) != 0)
        {
            return;
        }

        try
        {
            Volatile.Write(ref nextSweepUnixMs, (now + SweepInterval).ToUnixTimeMilliseconds());
            foreach (var (clientKey, allowance) in clients)
            {
                Evict(clientKey, allowance, candidate => candidate.IsIdle(now));
            }

            if (TrackedClients > maxClients)
            {
                // Down to 90 %, so that the next few new clients do not each start another sweep.
                var keep = maxClients - maxClients / 10;
                foreach (var (clientKey, allowance) in clients.OrderBy(entry => entry.Value.LastSeenUnixMs).Take(TrackedClients - keep).ToList())
                {
                    Evict(clientKey, allowance, _ => true);
                }
            }
        }
        finally
        {
            Volatile.Write(ref sweeping, 0);
        }
    }

    private void Evict(string clientKey, ClientAllowance allowance, Func<ClientAllowance, bool> shouldEvict)
    {
        lock (allowance)
        {
            if (allowance.Evicted || !shouldEvict(allowance))
            {
                return;
            }

            allowance.MarkEvicted();
            if (clients.TryRemove(new KeyValuePair<string, ClientAllowance>(clientKey, allowance)))
            {
                Interlocked.Decrement(ref trackedClients);
            }
        }
    }
}
