using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using PurchasePlatform.TestSupport;

namespace LocalDapr.Tests.Runtime;

/// <summary>Publish through one app's sidecar, delivery to another app's route as daprd does it.</summary>
public sealed class PubSubDeliveryTests : IAsyncLifetime
{
    private readonly ConcurrentQueue<(string Route, JsonElement Event, string ContentType)> _received = new();
    private readonly ConcurrentDictionary<string, int> _attempts = new();
    private TestApp _subscriber = null!;
    private TestRun _run = null!;

    public async Task InitializeAsync()
    {
        _subscriber = await TestApp.StartAsync(app =>
        {
            app.MapGet("/dapr/subscribe", () => Results.Json(new object[]
            {
                new { pubsubname = "pubsub", topic = "orders", route = "orders" },
                new { pubsubname = "pubsub", topic = "flaky", route = "flaky" },
                new { pubsubname = "pubsub", topic = "broken", route = "broken", deadLetterTopic = "poison" },
                new { pubsubname = "pubsub", topic = "dropped", route = "drop", deadLetterTopic = "poison" },
                new { pubsubname = "pubsub", topic = "poison", route = "poison" },
                new
                {
                    pubsubname = "pubsub", topic = "routed",
                    routes = new { rules = new[] { new { match = "event.type == \"order.vip\"", path = "vip" } }, @default = "normal" },
                },
            }));
            app.MapPost("/{route}", async (HttpContext context, string route) =>
            {
                var body = await JsonSerializer.DeserializeAsync<JsonElement>(context.Request.Body);
                var attempt = _attempts.AddOrUpdate(route, 1, (_, n) => n + 1);
                _received.Enqueue((route, body, context.Request.ContentType ?? ""));
                return route switch
                {
                    "flaky" when attempt < 3 => Results.Json(new { status = "RETRY" }),
                    "broken" => Results.StatusCode(500),
                    "drop" => Results.Json(new { status = "DROP" }),
                    _ => Results.Json(new { status = "SUCCESS" }),
                };
            });
        });

        _run = await TestRun.StartAsync(
            new Dictionary<string, string>
            {
                ["pubsub.yaml"] = Yaml.InMemoryPubSub(),
                ["resiliency.yaml"] = Yaml.InboundRetries("pubsub", maxRetries: 3),
            },
            new Dictionary<string, int?> { ["publisher"] = null, ["subscriber"] = _subscriber.Port });
        await _run.Host.AppsSubscribed;
    }

    public async Task DisposeAsync()
    {
        await _run.DisposeAsync();
        await _subscriber.DisposeAsync();
    }

    [Fact]
    public async Task A_published_event_arrives_as_a_cloudevent_from_the_publisher()
    {
        await PublishAsync("orders", """{"orderId":"o-1"}""");
        var delivered = await WaitForAsync("orders");

        Assert.StartsWith("application/cloudevents+json", delivered.ContentType);
        var ce = delivered.Event;
        Assert.Equal("o-1", ce.GetProperty("data").GetProperty("orderId").GetString());
        Assert.Equal("publisher", ce.GetProperty("source").GetString());
        Assert.Equal("orders", ce.GetProperty("topic").GetString());
        Assert.Equal("pubsub", ce.GetProperty("pubsubname").GetString());
        Assert.Equal("1.0", ce.GetProperty("specversion").GetString());
        Assert.Equal("com.dapr.event.sent", ce.GetProperty("type").GetString());
        Assert.True(Guid.TryParse(ce.GetProperty("id").GetString(), out _));
    }

    [Fact]
    public async Task Retry_answers_are_retried_by_the_inbound_policy_until_success()
    {
        await PublishAsync("flaky", """{"n":1}""");
        await Eventually.WaitUntilAsync(() => _attempts.GetValueOrDefault("flaky") >= 3);
        await Task.Delay(300);
        Assert.Equal(3, _attempts["flaky"]);
    }

    [Fact]
    public async Task Failures_past_the_retry_budget_and_drop_answers_go_to_the_dead_letter_topic()
    {
        await PublishAsync("broken", """{"n":"broken"}""");
        await PublishAsync("dropped", """{"n":"dropped"}""");
        await Eventually.WaitUntilAsync(() => _received.Count(r => r.Route == "poison") >= 2);

        Assert.Equal(4, _attempts["broken"]);
        Assert.Equal(1, _attempts["drop"]);
        var poisoned = _received.Where(r => r.Route == "poison").Select(r => r.Event.GetProperty("data").GetProperty("n").GetString()).Order().ToList();
        Assert.Equal(["broken", "dropped"], poisoned);
    }

    [Fact]
    public async Task Routing_rules_pick_the_path_from_cloudevent_attributes()
    {
        using var http = _run.Http("publisher");
        await http.PostAsync("v1.0/publish/pubsub/routed?metadata.cloudevent.type=order.vip", new StringContent("""{"who":"vip"}""", Encoding.UTF8, "application/json"));
        await PublishAsync("routed", """{"who":"normal"}""");

        Assert.Equal("vip", (await WaitForAsync("vip")).Event.GetProperty("data").GetProperty("who").GetString());
        Assert.Equal("normal", (await WaitForAsync("normal")).Event.GetProperty("data").GetProperty("who").GetString());
    }

    [Fact]
    public async Task Publishing_to_an_unknown_pubsub_answers_404_err_pubsub_not_found()
    {
        using var http = _run.Http("publisher");
        var response = await http.PostAsync("v1.0/publish/nope/orders", new StringContent("{}", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("ERR_PUBSUB_NOT_FOUND", await response.Content.ReadAsStringAsync());
    }

    private async Task PublishAsync(string topic, string json)
    {
        using var http = _run.Http("publisher");
        var response = await http.PostAsync($"v1.0/publish/pubsub/{topic}", new StringContent(json, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
    }

    private async Task<(string Route, JsonElement Event, string ContentType)> WaitForAsync(string route)
    {
        await Eventually.WaitUntilAsync(() => _received.Any(r => r.Route == route));
        return _received.First(r => r.Route == route);
    }
}
