using LocalDapr.Configuration;

namespace LocalDapr.Runtime.Delivery;

/// <summary>A subscription of one app, from its /dapr/subscribe answer or a declarative Subscription.</summary>
public sealed record ActiveSubscription(
    string PubSubName,
    string Topic,
    SubscriptionRoutes Routes,
    string? DeadLetterTopic,
    IReadOnlyDictionary<string, string> Metadata,
    bool Declarative)
{
    public bool RawPayload => Metadata.TryGetValue("rawPayload", out var raw) && bool.TryParse(raw, out var isRaw) && isRaw;
}
