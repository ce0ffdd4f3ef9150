using System.Text.Json;
using Grpc.Core;
using LocalDapr.PubSub;
using RawPublishRequest = Dapr.Client.Autogen.Grpc.v1.PublishEventRequest;

namespace LocalDapr.Tests.Grpc;

public sealed class GrpcPublishTests : GrpcSidecarTest
{
    private const string PubSub = GrpcSidecarHost.PubSubName;
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    private sealed record OrderPlaced(string OrderId, decimal Total);

    [Fact]
    public async Task A_published_event_reaches_the_component_as_a_cloud_event()
    {
        var received = await SubscribeAsync("orders", expected: 1);

        await Client.PublishEventAsync(PubSub, "orders", new OrderPlaced("o-1", 12.5m));

        var message = Assert.Single(await received.Task.WaitAsync(Patience));
        Assert.Equal("application/cloudevents+json", message.ContentType);
        using var envelope = JsonDocument.Parse(message.Data);
        var root = envelope.RootElement;
        Assert.False(string.IsNullOrEmpty(root.GetProperty("id").GetString()));
        Assert.Equal("1.0", root.GetProperty("specversion").GetString());
        Assert.Equal(GrpcSidecarHost.AppId, root.GetProperty("source").GetString());
        Assert.Equal("com.dapr.event.sent", root.GetProperty("type").GetString());
        Assert.Equal("orders", root.GetProperty("topic").GetString());
        Assert.Equal(PubSub, root.GetProperty("pubsubname").GetString());
        Assert.Equal("application/json", root.GetProperty("datacontenttype").GetString());
        Assert.Equal("o-1", root.GetProperty("data").GetProperty("orderId").GetString());
        Assert.Equal(12.5m, root.GetProperty("data").GetProperty("total").GetDecimal());
    }

    [Fact]
    public async Task The_callers_trace_context_is_carried_in_the_envelope()
    {
        const string traceParent = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01";
        var received = await SubscribeAsync("traced", expected: 1);
        var request = new RawPublishRequest { PubsubName = PubSub, Topic = "traced", Data = Google.Protobuf.ByteString.CopyFromUtf8("\"hi\""), DataContentType = "application/json" };

        await RawClient.PublishEventAsync(request, new Metadata { { "traceparent", traceParent }, { "tracestate", "vendor=1" } });

        using var envelope = JsonDocument.Parse(Assert.Single(await received.Task.WaitAsync(Patience)).Data);
        Assert.Equal(traceParent, envelope.RootElement.GetProperty("traceparent").GetString());
        Assert.Equal("vendor=1", envelope.RootElement.GetProperty("tracestate").GetString());
    }

    [Fact]
    public async Task Bulk_publish_delivers_every_event_and_reports_no_failures()
    {
        var received = await SubscribeAsync("bulk", expected: 2);

        var response = await Client.BulkPublishEventAsync(PubSub, "bulk", [new OrderPlaced("o-1", 1), new OrderPlaced("o-2", 2)]);

        Assert.Empty(response.FailedEntries);
        var orderIds = (await received.Task.WaitAsync(Patience))
            .Select(m => JsonDocument.Parse(m.Data).RootElement.GetProperty("data").GetProperty("orderId").GetString());
        Assert.Equal(["o-1", "o-2"], orderIds.Order());
    }

    [Fact]
    public async Task Publishing_to_an_unknown_pubsub_answers_invalid_argument()
    {
        var error = await ThrowsRpcAsync(() => Client.PublishEventAsync("kafka", "orders", new OrderPlaced("o-1", 1)));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal("ERR_PUBSUB_NOT_FOUND", ErrorReason(error));
    }

    /// <summary>Completes with the first <paramref name="expected"/> messages published to <paramref name="topic"/>.</summary>
    private async Task<TaskCompletionSource<IReadOnlyList<PubSubMessage>>> SubscribeAsync(string topic, int expected)
    {
        var messages = new List<PubSubMessage>();
        var done = new TaskCompletionSource<IReadOnlyList<PubSubMessage>>(TaskCreationOptions.RunContinuationsAsynchronously);
        await Host.PubSub.SubscribeAsync(new PubSubSubscription(topic, "test"), (message, _) =>
        {
            lock (messages)
            {
                messages.Add(message);
                if (messages.Count == expected) done.TrySetResult(messages.ToArray());
            }

            return Task.FromResult(DeliveryResult.Success);
        }, CancellationToken.None);
        return done;
    }
}
