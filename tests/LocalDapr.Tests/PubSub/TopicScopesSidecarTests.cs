using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dapr;
using Grpc.Core;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using PurchasePlatform.TestSupport;

namespace LocalDapr.Tests.PubSub;

/// <summary>publishingScopes, subscriptionScopes, allowedTopics and protectedTopics through real sidecars and SDK clients.</summary>
public sealed class TopicScopesSidecarTests : IAsyncLifetime
{
    private readonly ConcurrentQueue<(string App, string Topic, string Text)> _received = new();
    private readonly List<IAsyncDisposable> _disposables = [];

    private sealed record Note(string Text);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var disposable in Enumerable.Reverse(_disposables)) await disposable.DisposeAsync();
    }

    [Fact]
    public async Task A_publish_outside_the_apps_publishing_scopes_is_refused_and_nothing_is_delivered()
    {
        var billing = await SubscriberAsync("billing", "orders");
        var run = await StartAsync(
            [Yaml.Component("pubsub", "pubsub.in-memory", ("publishingScopes", "checkout=orders;intruder="))],
            new Dictionary<string, int?> { ["checkout"] = null, ["intruder"] = null, ["billing"] = billing.Port });

        var sdkError = await Assert.ThrowsAsync<DaprException>(() => run.Client("intruder").PublishEventAsync("pubsub", "orders", new Note("sdk")));
        var rpc = Assert.IsType<RpcException>(sdkError.InnerException);
        Assert.Equal(StatusCode.PermissionDenied, rpc.StatusCode);
        Assert.Equal("topic orders is not allowed for app id intruder", rpc.Status.Detail);

        using var http = run.Http("intruder");
        var response = await http.PostAsJsonAsync("v1.0/publish/pubsub/orders", new Note("http"));
        await AssertForbiddenAsync(response, "orders", "intruder");

        await run.Client("checkout").PublishEventAsync("pubsub", "orders", new Note("allowed"));

        // The in-memory component hands one group its messages one at a time in publish order, so a refused
        // publish that had gone out would have arrived before this one.
        await Eventually.WaitUntilAsync(() => Texts("billing").Contains("allowed"));
        Assert.Equal(["allowed"], Texts("billing"));
    }

    [Fact]
    public async Task A_bulk_publish_outside_the_apps_publishing_scopes_is_refused_whole()
    {
        var billing = await SubscriberAsync("billing", "orders");
        var run = await StartAsync(
            [Yaml.Component("pubsub", "pubsub.in-memory", ("publishingScopes", "checkout = orders ; intruder = refunds"))],
            new Dictionary<string, int?> { ["checkout"] = null, ["intruder"] = null, ["billing"] = billing.Port });

        var sdkError = await Assert.ThrowsAsync<DaprException>(() =>
            run.Client("intruder").BulkPublishEventAsync("pubsub", "orders", [new Note("sdk-1"), new Note("sdk-2")]));
        Assert.Equal(StatusCode.PermissionDenied, Assert.IsType<RpcException>(sdkError.InnerException).StatusCode);

        using var http = run.Http("intruder");
        var entries = new[] { new { entryId = "1", @event = new Note("http-1"), contentType = "application/json" } };
        var response = await http.PostAsJsonAsync("v1.0-alpha1/publish/bulk/pubsub/orders", entries);
        await AssertForbiddenAsync(response, "orders", "intruder");

        var result = await run.Client("checkout").BulkPublishEventAsync("pubsub", "orders", [new Note("allowed-1"), new Note("allowed-2")]);

        Assert.Empty(result.FailedEntries);
        await Eventually.WaitUntilAsync(() => Texts("billing").Count == 2);
        Assert.Equal(["allowed-1", "allowed-2"], Texts("billing"));
    }

    [Fact]
    public async Task A_protected_topic_reaches_only_the_subscriber_granted_it()
    {
        var billing = await SubscriberAsync("billing", "orders");
        var audit = await SubscriberAsync("audit", "orders", "refunds");
        var declarative = """
            apiVersion: dapr.io/v2alpha1
            kind: Subscription
            metadata:
              name: audit-orders
            spec:
              pubsubname: pubsub
              topic: orders
              routes:
                default: /events/orders
            scopes:
            - audit
            """;
        var run = await StartAsync(
            [
                Yaml.Component("pubsub", "pubsub.in-memory", ("protectedTopics", "orders"), ("publishingScopes", "checkout=orders,refunds"),
                    ("subscriptionScopes", "billing=orders")),
                declarative,
            ],
            new Dictionary<string, int?> { ["checkout"] = null, ["billing"] = billing.Port, ["audit"] = audit.Port });

        Assert.Equal(["orders"], run.Sidecar("billing").Subscriptions.Select(s => s.Topic));
        Assert.Equal(["refunds"], run.Sidecar("audit").Subscriptions.Select(s => s.Topic));

        var auditPublish = await Assert.ThrowsAsync<DaprException>(() => run.Client("audit").PublishEventAsync("pubsub", "orders", new Note("ungranted")));
        Assert.Equal(StatusCode.PermissionDenied, Assert.IsType<RpcException>(auditPublish.InnerException).StatusCode);

        await run.Client("checkout").PublishEventAsync("pubsub", "orders", new Note("order"));
        await run.Client("checkout").PublishEventAsync("pubsub", "refunds", new Note("refund"));

        await Eventually.WaitUntilAsync(() => Texts("billing").Contains("order") && Texts("audit").Contains("refund"));
        Assert.Equal(["order"], Texts("billing"));
        Assert.Equal(["refund"], Texts("audit"));
    }

    [Fact]
    public async Task Allowed_topics_refuse_every_other_topic_to_publishers_and_subscribers()
    {
        var billing = await SubscriberAsync("billing", "shipments", "orders");
        var run = await StartAsync(
            [Yaml.Component("pubsub", "pubsub.in-memory", ("allowedTopics", "orders, refunds"))],
            new Dictionary<string, int?> { ["checkout"] = null, ["billing"] = billing.Port });

        Assert.Equal(["orders"], run.Sidecar("billing").Subscriptions.Select(s => s.Topic));
        using var http = run.Http("checkout");
        var response = await http.PostAsJsonAsync("v1.0/publish/pubsub/shipments", new Note("shipment"));
        await AssertForbiddenAsync(response, "shipments", "checkout");

        await run.Client("checkout").PublishEventAsync("pubsub", "orders", new Note("order"));

        await Eventually.WaitUntilAsync(() => Texts("billing").Contains("order"));
        Assert.Equal(["order"], Texts("billing"));
    }

    private static async Task AssertForbiddenAsync(HttpResponseMessage response, string topic, string appId)
    {
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("ERR_PUBSUB_FORBIDDEN", body.GetProperty("errorCode").GetString());
        Assert.Equal($"topic {topic} is not allowed for app id {appId}", body.GetProperty("message").GetString());
    }

    private List<string> Texts(string app) => _received.Where(r => r.App == app).Select(r => r.Text).ToList();

    private async Task<TestRun> StartAsync(IReadOnlyList<string> resources, IReadOnlyDictionary<string, int?> apps)
    {
        var run = await TestRun.StartAsync(resources.Select((yaml, i) => (Name: $"resource{i}.yaml", Yaml: yaml)).ToDictionary(r => r.Name, r => r.Yaml), apps);
        _disposables.Add(run);
        await run.Host.AppsSubscribed;
        return run;
    }

    /// <summary>An app subscribing programmatically to <paramref name="topics"/> on "pubsub", each at /events/{topic}.</summary>
    private async Task<TestApp> SubscriberAsync(string app, params string[] topics)
    {
        var subscriber = await TestApp.StartAsync(web =>
        {
            web.MapGet("/dapr/subscribe", () => Results.Json(topics.Select(t => new { pubsubname = "pubsub", topic = t, route = $"/events/{t}" })));
            web.MapPost("/events/{topic}", async (string topic, HttpContext context) =>
            {
                var cloudEvent = await JsonSerializer.DeserializeAsync<JsonElement>(context.Request.Body);
                _received.Enqueue((app, topic, cloudEvent.GetProperty("data").GetProperty("text").GetString()!));
                return Results.Ok();
            });
        });
        _disposables.Add(subscriber);
        return subscriber;
    }
}
