namespace PurchasePlatform.Notifications.Webhooks;

/// <summary>Configuration section "Webhooks:Delivery" (<see cref="WebhookDispatcher"/>, <see cref="WebhookDeliveryService"/>).</summary>
public sealed class WebhookDeliveryOptions
{
    public const string Section = "Webhooks:Delivery";

    /// <summary>Whether the background pass runs; tests turn it off and drive <see cref="WebhookDispatcher.DeliverDueAsync"/>.</summary>
    public bool Enabled { get; set; } = true;

    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Seed 003: 30 seconds per attempt.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long a pass holds a delivery it is posting; longer than <see cref="Timeout"/>, so a live claim never runs out mid-post.</summary>
    public TimeSpan ClaimDuration { get; set; } = TimeSpan.FromMinutes(2);

    public int BatchSize { get; set; } = 50;

    /// <summary>Deliveries posted at once by one pass.</summary>
    public int Concurrency { get; set; } = 4;

    public bool IsValid() =>
        PollInterval > TimeSpan.Zero && Timeout > TimeSpan.Zero && ClaimDuration > Timeout && BatchSize > 0 && Concurrency > 0;
}
