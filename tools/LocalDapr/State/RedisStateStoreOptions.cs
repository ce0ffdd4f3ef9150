using LocalDapr.Components;
using StackExchange.Redis;

namespace LocalDapr.State;

/// <summary>The metadata of a <c>state.redis</c> component (the subset LocalDapr supports), as client options.</summary>
internal sealed record RedisStateStoreOptions(ConfigurationOptions Client, TimeSpan? DefaultTtl, bool IsActorStateStore)
{
    public static RedisStateStoreOptions From(ComponentSpec spec)
    {
        var ttlSeconds = spec.Int("ttlInSeconds", 0);
        return new RedisStateStoreOptions(RedisClientOptions.From(spec), ttlSeconds > 0 ? TimeSpan.FromSeconds(ttlSeconds) : null,
            spec.Bool("actorStateStore", false));
    }
}
