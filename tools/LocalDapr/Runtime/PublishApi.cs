using System.Text.Json;
using LocalDapr.Components;
using LocalDapr.PubSub;
using LocalDapr.Runtime.Delivery;

namespace LocalDapr.Runtime;

/// <summary>
/// The publish side of pub/sub for one app: CloudEvent envelope (unless <c>rawPayload</c>), the component's topic
/// scopes, then the component.
/// </summary>
public sealed class PublishApi(string appId, AppComponents components, TimeProvider clock)
{
    private readonly IReadOnlyDictionary<string, TopicScopes> _scopes =
        components.PubSubs.ToDictionary(p => p.Key, p => TopicScopes.For(appId, p.Value.Spec.Metadata), StringComparer.Ordinal);

    public async Task PublishAsync(string pubsubName, string topic, byte[] data, string? contentType,
        IReadOnlyDictionary<string, string> metadata, string? traceParent, string? traceState, CancellationToken cancellationToken)
    {
        var pubsub = Resolve(pubsubName, topic);
        var raw = metadata.TryGetValue("rawPayload", out var rawText) && bool.TryParse(rawText, out var isRaw) && isRaw;
        byte[] payload;
        string payloadType;
        if (raw)
        {
            payload = data;
            payloadType = string.IsNullOrEmpty(contentType) ? "application/octet-stream" : contentType;
        }
        else
        {
            try
            {
                payload = CloudEvents.Wrap(data, contentType, appId, topic, pubsubName, metadata, traceParent, traceState, clock.GetUtcNow());
            }
            catch (JsonException ex)
            {
                throw DaprErrors.CloudEventMalformed(ex.Message);
            }

            payloadType = CloudEvents.ContentType;
        }

        ThrowUnlessMayPublish(pubsubName, topic);
        try
        {
            await pubsub.PublishAsync(new PubSubMessage(topic, payload, payloadType, metadata), cancellationToken);
        }
        catch (Exception ex) when (ex is not DaprApiException and not OperationCanceledException)
        {
            throw DaprErrors.PublishFailed(topic, pubsubName, ex.Message);
        }
    }

    /// <summary>Throws daprd's ERR_PUBSUB_FORBIDDEN when the component's scopes do not let this app publish the topic.</summary>
    public void EnsureMayPublish(string pubsubName, string topic)
    {
        Resolve(pubsubName, topic);
        ThrowUnlessMayPublish(pubsubName, topic);
    }

    // For a component already resolved: the scopes are known for every component of the app.
    private void ThrowUnlessMayPublish(string pubsubName, string topic)
    {
        if (!_scopes[pubsubName].MayPublish(topic)) throw DaprErrors.PublishForbidden(topic, appId);
    }

    private IPubSub Resolve(string pubsubName, string topic)
    {
        if (components.PubSubs.Count == 0) throw DaprErrors.PubSubNotConfigured(appId);
        if (string.IsNullOrEmpty(pubsubName)) throw DaprErrors.PubSubEmpty();
        if (!components.PubSubs.TryGetValue(pubsubName, out var found)) throw DaprErrors.PubSubNotFound(pubsubName);
        if (string.IsNullOrEmpty(topic)) throw DaprErrors.TopicEmpty(pubsubName);
        return found.PubSub;
    }
}
