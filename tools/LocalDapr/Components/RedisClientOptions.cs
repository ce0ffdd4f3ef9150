using StackExchange.Redis;

namespace LocalDapr.Components;

/// <summary>
/// The connection metadata <c>state.redis</c> and <c>pubsub.redis</c> share (components-contrib
/// internal/component/redis): <c>redisHost</c>, <c>redisUsername</c>, <c>redisPassword</c>, <c>redisDB</c>,
/// <c>enableTLS</c>, <c>insecureSkipTLSVerify</c>.
/// </summary>
internal static class RedisClientOptions
{
    public static ConfigurationOptions From(ComponentSpec spec)
    {
        var host = spec.Required("redisHost");
        var database = spec.Int("redisDB", 0);
        if (database < 0)
            throw new ComponentConfigurationException(spec.SourceFile, "spec.metadata.redisDB", $"component '{spec.Name}': must not be negative");

        var options = new ConfigurationOptions
        {
            ClientName = "localdapr-" + spec.Name,
            User = spec.Optional("redisUsername"),
            Password = spec.Optional("redisPassword"),
            DefaultDatabase = database,
            // Start even while Redis is down and keep reconnecting, as across a Redis restart.
            AbortOnConnectFail = false,
        };
        try
        {
            options.EndPoints.Add(host);
        }
        catch (ArgumentException e)
        {
            throw new ComponentConfigurationException(spec.SourceFile, "spec.metadata.redisHost",
                $"component '{spec.Name}': '{host}' is not host:port ({e.Message})");
        }

        if (spec.Bool("enableTLS", false))
        {
            options.Ssl = true;
            options.SslHost = host.Split(':')[0];
            if (spec.Bool("insecureSkipTLSVerify", false)) options.CertificateValidation += (_, _, _, _) => true;
        }

        return options;
    }
}
