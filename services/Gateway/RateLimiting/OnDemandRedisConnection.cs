using StackExchange.Redis;

namespace PurchasePlatform.Gateway.RateLimiting;

/// <summary>
/// A Redis connection opened on first use, so that the gateway starts whether or not Redis is up; once connected
/// the multiplexer reconnects by itself. A connect that failed outright is tried again by the next caller.
/// </summary>
internal sealed class OnDemandRedisConnection(Func<ConfigurationOptions> configure) : IAsyncDisposable
{
    private readonly Lock connecting = new();
    private Task<ConnectionMultiplexer>? connection;

    public Task<ConnectionMultiplexer> GetAsync()
    {
        lock (connecting)
        {
            if (connection is null || connection.IsFaulted || connection.IsCanceled)
            {
                connection = ConnectionMultiplexer.ConnectAsync(configure());
            }

            return connection;
        }
    }

    public async ValueTask DisposeAsync()
    {
        Task<ConnectionMultiplexer>? opening;
        lock (connecting)
        {
            opening = connection;
        }

        if (opening is null)
        {
            return;
        }

        try
        {
            await (await opening).DisposeAsync();
        }
        catch (RedisException)
        {
            // Never connected: nothing to close.
        }
    }
}
