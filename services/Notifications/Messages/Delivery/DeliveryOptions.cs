namespace PurchasePlatform.Notifications.Messages.Delivery;

/// <summary>Configuration section "Notifications:Delivery" (<see cref="NotificationDelivery"/>).</summary>
public sealed class DeliveryOptions
{
    public const string Section = "Notifications:Delivery";

    /// <summary>Whether the background pass runs; tests turn it off and drive <see cref="NotificationDelivery.DeliverDueOnceAsync"/>.</summary>
    public bool Enabled { get; set; } = true;

    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Sends tried before a notification that keeps failing transiently is failed.</summary>
    public int MaxAttempts { get; set; } = 5;

    /// <summary>The wait after the first failed attempt; doubled after each further one, up to <see cref="BackoffMax"/>.</summary>
    public TimeSpan BackoffBase { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan BackoffMax { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How long a pass holds a notification it sends; another pass takes it over only after this (a crash mid-send).</summary>
    public TimeSpan ClaimDuration { get; set; } = TimeSpan.FromMinutes(2);

    public int BatchSize { get; set; } = 50;

    public bool IsValid() =>
        PollInterval > TimeSpan.Zero && MaxAttempts > 0 && BackoffBase > TimeSpan.Zero && BackoffMax >= BackoffBase
        && ClaimDuration > TimeSpan.Zero && BatchSize > 0;
}
