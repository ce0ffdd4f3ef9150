using System.Net.Http.Headers;
using System.Text.Json;
using LocalDapr.PubSub;

namespace LocalDapr.Runtime.Delivery;

/// <summary>
/// Delivers one pub/sub message to one app subscription as daprd does: CloudEvent checks (expiry, routing rules),
/// POST to the route, the app's answer mapped to success / retry / drop, the inbound resiliency policy's retries,
/// and the dead-letter topic for dropped or exhausted messages. What it returns is the component's ack decision.
/// </summary>
public sealed class MessageDelivery(ResiliencyResolver resiliency, IHttpClientFactory httpClients, TimeProvider clock, ILogger<MessageDelivery> logger)
{
    public async Task<DeliveryResult> DeliverAsync(AppSidecar sidecar, ActiveSubscription subscription, IPubSub pubsub, PubSubMessage message,
        CancellationToken cancellationToken)
    {
        var isCloudEvent = CloudEvents.IsCloudEventContentType(message.ContentType);
        byte[] body;
        string contentType;
        JsonElement cloudEvent;
        if (subscription.RawPayload)
        {
            body = message.Data;
            contentType = "application/octet-stream";
            cloudEvent = default;
        }
        else
        {
            body = isCloudEvent ? message.Data : CloudEvents.FromRawPayload(message.Data, message.Topic, subscription.PubSubName);
            contentType = CloudEvents.ContentType;
            try
            {
                using var document = JsonDocument.Parse(body);
                cloudEvent = document.RootElement.Clone();
            }
            catch (JsonException ex)
            {
                logger.LogError("Message on {PubSub}/{Topic} for {AppId} is not a valid CloudEvent: {Error}", subscription.PubSubName, message.Topic, sidecar.AppId, ex.Message);
                return await DeadLetterOrAsync(subscription, pubsub, message, DeliveryResult.Retry, cancellationToken);
            }

            if (CloudEvents.HasExpired(cloudEvent, clock.GetUtcNow()))
            {
                logger.LogWarning("Dropping expired event {EventId} on {Topic}", EventId(cloudEvent), message.Topic);
                return await DeadLetterOrAsync(subscription, pubsub, message, DeliveryResult.Drop, cancellationToken);
            }
        }

        var path = subscription.RawPayload ? subscription.Routes.Default : RouteFor(subscription, cloudEvent);
        if (path is null)
        {
            logger.LogDebug("No route matches event {EventId} on {Topic} for {AppId}; skipping", EventId(cloudEvent), message.Topic, sidecar.AppId);
            return await DeadLetterOrAsync(subscription, pubsub, message, DeliveryResult.Drop, cancellationToken);
        }

        var baseAddress = sidecar.AppBaseAddress;
        if (baseAddress is null) return DeliveryResult.Retry;

        var policy = resiliency.ForComponentInbound(sidecar.AppId, subscription.PubSubName);
        AppDeliveryOutcome outcome;
        try
        {
            outcome = await policy.ExecuteAsync(
                ct => PostAsync(sidecar, baseAddress, path, body, contentType, cloudEvent, message, ct),
                result => result == AppDeliveryOutcome.Retry,
                cancellationToken);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning("Delivering {Topic} to {AppId} failed: {Error}", message.Topic, sidecar.AppId, ex.Message);
            outcome = AppDeliveryOutcome.Retry;
        }

        return outcome switch
        {
            AppDeliveryOutcome.Success => DeliveryResult.Success,
            AppDeliveryOutcome.Drop => await DeadLetterOrAsync(subscription, pubsub, message, DeliveryResult.Drop, cancellationToken),
            _ => await DeadLetterOrAsync(subscription, pubsub, message, DeliveryResult.Retry, cancellationToken),
        };
    }

    private async Task<AppDeliveryOutcome> PostAsync(AppSidecar sidecar, Uri baseAddress, string path, byte[] body, string contentType,
        JsonElement cloudEvent, PubSubMessage message, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(baseAddress, path.TrimStart('/')))
        {
            Content = new ByteArrayContent(body),
        };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        if (cloudEvent.ValueKind == JsonValueKind.Object && cloudEvent.TryGetProperty("traceparent", out var traceParent)
            && traceParent.ValueKind == JsonValueKind.String && traceParent.GetString() is { Length: > 0 } tp)
        {
            request.Headers.TryAddWithoutValidation("traceparent", tp);
        }

        if (sidecar.AppApiToken is not null) request.Headers.TryAddWithoutValidation("dapr-api-token", sidecar.AppApiToken);

        using var response = await httpClients.CreateClient(InvocationForwarder.HttpClientName).SendAsync(request, cancellationToken);
        var status = (int)response.StatusCode;
        var responseBody = await response.Content.ReadAsStringAsync(cancellationToken);
        if (status is >= 200 and <= 299) return ParseStatus(responseBody, message.Topic);
        if (status == 404)
        {
            logger.LogError("App {AppId} answered 404 for {Path} ({Topic}); dropping the message: {Body}", sidecar.AppId, path, message.Topic, responseBody);
            return AppDeliveryOutcome.Drop;
        }

        logger.LogWarning("App {AppId} answered {Status} for {Topic}; retriable: {Body}", sidecar.AppId, status, message.Topic, responseBody);
        return AppDeliveryOutcome.Retry;
    }

    private AppDeliveryOutcome ParseStatus(string body, string topic)
    {
        if (string.IsNullOrWhiteSpace(body)) return AppDeliveryOutcome.Success;
        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind != JsonValueKind.Object || !document.RootElement.TryGetProperty("status", out var status))
                return AppDeliveryOutcome.Success;
            switch (status.GetString())
            {
                case null or "" or "SUCCESS":
                    return AppDeliveryOutcome.Success;
                case "RETRY":
                    return AppDeliveryOutcome.Retry;
                case "DROP":
                    logger.LogWarning("DROP status returned from app for an event on {Topic}", topic);
                    return AppDeliveryOutcome.Drop;
                default:
                    logger.LogWarning("Unknown status {Status} returned from app for {Topic}; retrying", status.GetString(), topic);
                    return AppDeliveryOutcome.Retry;
            }
        }
        catch (JsonException)
        {
            return AppDeliveryOutcome.Success;
        }
    }

    private async Task<DeliveryResult> DeadLetterOrAsync(ActiveSubscription subscription, IPubSub pubsub, PubSubMessage message, DeliveryResult otherwise,
        CancellationToken cancellationToken)
    {
        if (subscription.DeadLetterTopic is not { Length: > 0 } deadLetterTopic) return otherwise;
        try
        {
            await pubsub.PublishAsync(message with { Topic = deadLetterTopic }, cancellationToken);
            logger.LogWarning("Sent a message from {Topic} to dead-letter topic {DeadLetterTopic}", message.Topic, deadLetterTopic);
            return DeliveryResult.Success;
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogError("Could not publish to dead-letter topic {DeadLetterTopic}: {Error}", deadLetterTopic, ex.Message);
            return DeliveryResult.Retry;
        }
    }

    private static string? RouteFor(ActiveSubscription subscription, JsonElement cloudEvent)
    {
        foreach (var rule in subscription.Routes.Rules)
        {
            if (RouteMatcher.Matches(rule.Match, cloudEvent)) return rule.Path;
        }

        return subscription.Routes.Default;
    }

    private static string EventId(JsonElement cloudEvent) =>
        cloudEvent.ValueKind == JsonValueKind.Object && cloudEvent.TryGetProperty("id", out var id) ? id.ToString() : "?";
}
