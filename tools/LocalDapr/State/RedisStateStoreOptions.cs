using LocalDapr.Components;
using StackExchange.Redis;

namespace LocalDapr.State;

/// <summary>The metadata of a <c>state.redis</c> component (the subset LocalDapr supports), as client options.</summary>
internal sealed record RedisStateStoreOptions(ConfigurationOptions Client, TimeSpan? DefaultTtl, bool IsActorStateStore)
{
    public static RedisStateStoreOptions From(ComponentSpec spec)
    {
        var host = spec.Required("redisHost");
        var client = new ConfigurationOptions
        {
            Password = spec.Optional("redisPassword"),
            User = spec.Optional("redisUsername"),
            DefaultDatabase = spec.Int("redisDB", 0),
            // Start even while Redis is down and keep reconnecting, as across a Redis restart.
            AbortOnConnectFail = false,
        };
        try
        {
            client.EndPoints.Add(host);
        }
        catch (ArgumentException e)
        {
            throw new ComponentConfigurationException(spec.SourceFile, "spec.metadata.redisHost",
                $"component '{spec.Name}': '{host}' is not host:port ({e.Message})");
        }

        if (spec.Bool("enableTLS", false))
        {
            client.Ssl = true;
            client.SslHost = host.Split(':')[0];
            if (spec.Bool("insecureSkipTLSVerify", false))
                client.CertificateValidation += (_, _, _, _) => true;
        }

        var ttlSeconds = spec.Int("ttlInSeconds", 0);
        return new RedisStateStoreOptions(client, ttlSeconds > 0 ? TimeSpan.FromSeconds(ttlSeconds) : null,
            spec.Bool("actorStateStore", false));
    }
}
