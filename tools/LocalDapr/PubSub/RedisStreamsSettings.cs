using System.Globalization;
using LocalDapr.Components;
using StackExchange.Redis;

namespace LocalDapr.PubSub;

/// <summary>
/// The metadata of a <c>pubsub.redis</c> component, with components-contrib's defaults. The consumer group is not
/// here: the runtime passes it per subscription (from <c>consumerID</c>, or the app id).
/// </summary>
internal sealed record RedisStreamsSettings
{
    /// <summary>The connection options, shared with <c>state.redis</c> (<see cref="RedisClientOptions"/>).</summary>
    public required ConfigurationOptions Client { get; init; }

    /// <summary>How long a delivered message may stay unacknowledged before it is redelivered; zero disables redelivery.</summary>
    public TimeSpan ProcessingTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>How often pending messages are checked for redelivery; zero disables redelivery.</summary>
    public TimeSpan RedeliverInterval { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>Messages read per XREADGROUP and buffered per subscription.</summary>
    public int QueueDepth { get; init; } = 100;

    /// <summary>Handlers running in parallel per subscription.</summary>
    public int Concurrency { get; init; } = 10;

    /// <summary>XADD MAXLEN ~ this; zero leaves the stream untrimmed.</summary>
    public long MaxLenApprox { get; init; }

    public bool RedeliveryEnabled => ProcessingTimeout > TimeSpan.Zero && RedeliverInterval > TimeSpan.Zero;

    public static RedisStreamsSettings From(ComponentSpec spec)
    {
        var defaults = new RedisStreamsSettings { Client = new ConfigurationOptions() };
        return new RedisStreamsSettings
        {
            Client = RedisClientOptions.From(spec),
            ProcessingTimeout = LegacyDuration(spec, "processingTimeout", defaults.ProcessingTimeout),
            RedeliverInterval = LegacyDuration(spec, "redeliverInterval", defaults.RedeliverInterval),
            QueueDepth = AtLeastOne(spec, "queueDepth", defaults.QueueDepth),
            Concurrency = AtLeastOne(spec, "concurrency", defaults.Concurrency),
            MaxLenApprox = MaxLen(spec),
        };
    }

    // components-contrib reads a bare number here as milliseconds, unlike other Dapr durations.
    private static TimeSpan LegacyDuration(ComponentSpec spec, string field, TimeSpan defaultValue)
    {
        var text = spec.Optional(field);
        if (text is not null && ulong.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var milliseconds))
        {
            return TimeSpan.FromMilliseconds(milliseconds);
        }

        var value = spec.Duration(field, defaultValue);
        return value >= TimeSpan.Zero ? value : throw Invalid(spec, field, "must not be negative");
    }

    private static int AtLeastOne(ComponentSpec spec, string field, int defaultValue)
    {
        var value = spec.Int(field, defaultValue);
        return value >= 1 ? value : throw Invalid(spec, field, $"must be at least 1, got {value}");
    }

    private static long MaxLen(ComponentSpec spec)
    {
        var text = spec.Optional("maxLenApprox");
        if (text is null) return 0;
        return long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= 0
            ? value
            : throw Invalid(spec, "maxLenApprox", $"'{text}' is not a whole number of at least 0");
    }

    private static ComponentConfigurationException Invalid(ComponentSpec spec, string field, string problem) =>
        new(spec.SourceFile, $"spec.metadata.{field}", $"component '{spec.Name}': {problem}");
}
