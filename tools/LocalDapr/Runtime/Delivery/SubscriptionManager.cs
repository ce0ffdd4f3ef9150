using System.Text.Json;
using LocalDapr.Configuration;
using LocalDapr.PubSub;

namespace LocalDapr.Runtime.Delivery;

/// <summary>
/// Once an app is up, reads its programmatic subscriptions (<c>GET /dapr/subscribe</c>), adds the declarative ones
/// scoped to it, drops those the component's topic scopes forbid (daprd does not start them), and starts a consumer
/// on each pub/sub component — the consumer group is the component's <c>consumerID</c>, else the app id, as in daprd.
/// </summary>
public sealed class SubscriptionManager(MessageDelivery delivery, IHttpClientFactory httpClients, ILogger<SubscriptionManager> logger)
{
    public async Task StartAsync(AppSidecar sidecar, IReadOnlyList<SubscriptionDefinition> declarative, CancellationToken cancellationToken)
    {
        var subscriptions = new List<ActiveSubscription>();
        subscriptions.AddRange(declarative
            .Where(d => d.Scopes.Count == 0 || d.Scopes.Contains(sidecar.AppId, StringComparer.Ordinal))
            .Select(d => new ActiveSubscription(d.PubSubName, d.Topic, d.Routes, d.DeadLetterTopic, d.Metadata, Declarative: true)));
        subscriptions.AddRange(await ReadProgrammaticAsync(sidecar, cancellationToken));

        var started = new List<ActiveSubscription>();
        foreach (var subscription in subscriptions)
        {
            if (!sidecar.Components.PubSubs.TryGetValue(subscription.PubSubName, out var component))
            {
                logger.LogError("App {AppId} subscribes to {Topic} on pub/sub {PubSub}, which is not loaded for it; no messages will arrive",
                    sidecar.AppId, subscription.Topic, subscription.PubSubName);
                continue;
            }

            if (!TopicScopes.For(sidecar.AppId, component.Spec.Metadata).MaySubscribe(subscription.Topic))
            {
                logger.LogWarning("App {AppId}: subscription to topic '{Topic}' on pubsub '{PubSub}' is not allowed; it is not made",
                    sidecar.AppId, subscription.Topic, subscription.PubSubName);
                continue;
            }

            var group = component.Spec.Optional("consumerID") ?? sidecar.AppId;
            var pubsub = component.PubSub;
            await pubsub.SubscribeAsync(new PubSubSubscription(subscription.Topic, group),
                (message, ct) => delivery.DeliverAsync(sidecar, subscription, pubsub, message, ct), cancellationToken);
            started.Add(subscription);
            logger.LogInformation("App {AppId} subscribed to {PubSub}/{Topic} (group {Group})", sidecar.AppId, subscription.PubSubName, subscription.Topic, group);
        }

        sidecar.Subscriptions = started;
    }

    private async Task<IReadOnlyList<ActiveSubscription>> ReadProgrammaticAsync(AppSidecar sidecar, CancellationToken cancellationToken)
    {
        if (sidecar.AppBaseAddress is not { } baseAddress) return [];
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(baseAddress, "dapr/subscribe"));
        if (sidecar.AppApiToken is not null) request.Headers.TryAddWithoutValidation("dapr-api-token", sidecar.AppApiToken);
        using var response = await httpClients.CreateClient(InvocationForwarder.HttpClientName).SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode) return [];

        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        try
        {
            return ProgrammaticSubscriptions.Parse(body);
        }
        catch (JsonException ex)
        {
            logger.LogError("App {AppId} answered /dapr/subscribe with invalid JSON: {Error}", sidecar.AppId, ex.Message);
            return [];
        }
    }
}

/// <summary>Parses the app's <c>/dapr/subscribe</c> answer (field names matched case-insensitively).</summary>
public static class ProgrammaticSubscriptions
{
    public static IReadOnlyList<ActiveSubscription> Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        if (document.RootElement.ValueKind != JsonValueKind.Array) return [];
        var result = new List<ActiveSubscription>();
        foreach (var entry in document.RootElement.EnumerateArray())
        {
            var pubsub = Text(entry, "pubsubName");
            var topic = Text(entry, "topic");
            if (pubsub is null || topic is null) continue;

            var defaultRoute = Text(entry, "route");
            var rules = new List<RouteRule>();
            if (Property(entry, "routes") is { ValueKind: JsonValueKind.Object } routes)
            {
                defaultRoute = Text(routes, "default") ?? defaultRoute;
                if (Property(routes, "rules") is { ValueKind: JsonValueKind.Array } ruleArray)
                {
                    foreach (var rule in ruleArray.EnumerateArray())
                    {
                        if (Text(rule, "match") is { } match && Text(rule, "path") is { } path) rules.Add(new RouteRule(match, LeadingSlash(path)));
                    }
                }
            }

            var metadata = new Dictionary<string, string>(StringComparer.Ordinal);
            if (Property(entry, "metadata") is { ValueKind: JsonValueKind.Object } meta)
            {
                foreach (var p in meta.EnumerateObject()) metadata[p.Name] = p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString()! : p.Value.GetRawText();
            }

            result.Add(new ActiveSubscription(pubsub, topic, new SubscriptionRoutes(defaultRoute is null ? null : LeadingSlash(defaultRoute), rules),
                Text(entry, "deadLetterTopic"), metadata, Declarative: false));
        }

        return result;
    }

    private static string LeadingSlash(string path) => path.StartsWith('/') ? path : "/" + path;

    private static JsonElement? Property(JsonElement element, string name)
    {
        foreach (var p in element.EnumerateObject())
        {
            if (p.Name.Equals(name, StringComparison.OrdinalIgnoreCase)) return p.Value;
        }

        return null;
    }

    private static string? Text(JsonElement element, string name) =>
        Property(element, name) is { ValueKind: JsonValueKind.String } value && value.GetString() is { Length: > 0 } text ? text : null;
}
