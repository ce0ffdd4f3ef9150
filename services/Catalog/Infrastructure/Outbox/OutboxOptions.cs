namespace PurchasePlatform.Catalog.Infrastructure.Outbox;

/// <summary>The "Outbox" configuration section.</summary>
public sealed class OutboxOptions
{
    public const string Section = "Outbox";

    public string PubSubName { get; set; } = "pubsub";

    /// <summary>Whether the background relay runs; off, events stay in the outbox until something calls the publisher.</summary>
    public bool RelayEnabled { get; set; } = true;

    /// <summary>How often the relay looks for unpublished events when nothing signals it.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The first wait after a failed publish; it doubles per consecutive failure up to <see cref="MaxRetryDelay"/>.</summary>
    public TimeSpan InitialRetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How long a pass may hold a row it is publishing before another pass may take it over.</summary>
    public TimeSpan ClaimDuration { get; set; } = TimeSpan.FromSeconds(30);

    public int BatchSize { get; set; } = 50;
}
