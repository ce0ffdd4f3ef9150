using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using PurchasePlatform.TestSupport;

namespace LocalDapr.Tests.Sdk;

/// <summary>DaprClient publish through a full run with Redis Streams and declarative subscriptions; secrets and secretKeyRef.</summary>
public sealed class SdkPubSubAndSecretsTests : IAsyncLifetime
{
    private readonly ConcurrentQueue<(string App, string Route, JsonElement Event)> _received = new();
    private readonly ConcurrentDictionary<string, int> _attempts = new();
    private RedisServer _redis = null!;
    private string _secretsFile = null!;

    public async Task InitializeAsync()
    {
        _redis = await RedisServer.StartAsync();
        _secretsFile = Path.Combine(Path.GetTempPath(), $"sdk-secrets-{Guid.NewGuid():N}.json");
        var secrets = new { redis = new { host = _redis.Endpoint }, cart = new { snapshotSecret = "s3cret" } };
        await File.WriteAllTextAsync(_secretsFile, JsonSerializer.Serialize(secrets));
    }

    public async Task DisposeAsync()
    {
        await _redis.DisposeAsync();
        File.Delete(_secretsFile);
    }

    [Fact]
    public async Task Redis_streams_delivery_retries_until_the_app_accepts_and_declarative_subscriptions_respect_scopes()
    {
        await using var billing = await Subscriber("billing", failFirst: 2);
        await using var audit = await Subscriber("audit", failFirst: 0);
        var subscription = """
            apiVersion: dapr.io/v2alpha1
            kind: Subscription
            metadata:
              name: orders-to-billing
            spec:
              pubsubname: pubsub
              topic: orders
              routes:
                default: /on-order
            scopes:
            - billing
            """;
        await using var run = await TestRun.StartAsync(
            new Dictionary<string, string>
            {
                ["secretstore.yaml"] = Yaml.Component("secretstore", "secretstores.local.file", ("secretsFile", _secretsFile)),
                ["pubsub.yaml"] = RedisPubSubFromSecret(),
                ["resiliency.yaml"] = Yaml.InboundRetries("pubsub", maxRetries: 5),
                ["subscription.yaml"] = subscription,
            },
            new Dictionary<string, int?> { ["publisher"] = null, ["billing"] = billing.Port, ["audit"] = audit.Port });
        await run.Host.AppsSubscribed;

        await run.Client("publisher").PublishEventAsync("pubsub", "orders", new { orderId = "o-77" });

        await Eventually.WaitUntilAsync(() => _received.Any(r => r.App == "billing"));
        var delivered = _received.Single(r => r.App == "billing");
        Assert.Equal("/on-order", delivered.Route);
        Assert.Equal("o-77", delivered.Event.GetProperty("data").GetProperty("orderId").GetString());
        Assert.Equal(3, _attempts["billing"]);
        await Task.Delay(300);
        Assert.DoesNotContain(_received, r => r.App == "audit");
    }

    [Fact]
    public async Task Secrets_come_back_through_the_sdk_with_nested_keys_flattened()
    {
        await using var run = await TestRun.StartAsync(
            new Dictionary<string, string> { ["secretstore.yaml"] = Yaml.Component("secretstore", "secretstores.local.file", ("secretsFile", _secretsFile)) },
            new Dictionary<string, int?> { ["cart"] = null });
        var client = run.Client("cart");

        var secret = await client.GetSecretAsync("secretstore", "cart:snapshotSecret");
        Assert.Equal("s3cret", secret["cart:snapshotSecret"]);
        var bulk = await client.GetBulkSecretAsync("secretstore");
        Assert.Equal(_redis.Endpoint, bulk["redis:host"]["redis:host"]);
    }

    private string RedisPubSubFromSecret() => """
        apiVersion: dapr.io/v1alpha1
        kind: Component
        metadata:
          name: pubsub
        spec:
          type: pubsub.redis
          version: v1
          metadata:
          - name: redisHost
            secretKeyRef:
              name: redis:host
          - name: processingTimeout
            value: "2s"
          - name: redeliverInterval
            value: "200ms"
        auth:
          secretStore: secretstore
        """;

    private async Task<TestApp> Subscriber(string app, int failFirst) =>
        await TestApp.StartAsync(web =>
        {
            web.MapGet("/dapr/subscribe", () => Results.Json(Array.Empty<object>()));
            web.MapPost("/on-order", async (HttpContext context) =>
            {
                var attempt = _attempts.AddOrUpdate(app, 1, (_, n) => n + 1);
                if (attempt <= failFirst) return Results.StatusCode(503);
                _received.Enqueue((app, "/on-order", await JsonSerializer.DeserializeAsync<JsonElement>(context.Request.Body)));
                return Results.Ok();
            });
        });
}
