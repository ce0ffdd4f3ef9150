using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using PurchasePlatform.TestSupport;

namespace LocalDapr.Tests.Hosting;

/// <summary>
/// SidecarHost.DisposeAsync ends while an app hangs or has died with actor calls, reminder fires and Redis Streams
/// deliveries in flight. The bound on each dispose is a liveness guard (a hang fails the test instead of the run).
/// </summary>
public sealed class SidecarShutdownTests : IAsyncLifetime
{
    private static readonly TimeSpan StopBound = TimeSpan.FromSeconds(30);

    private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly ConcurrentDictionary<string, int> _arrived = new(StringComparer.Ordinal);
    private readonly List<IDisposable> _disposables = [];
    private readonly List<TestRun> _runs = [];
    private RedisServer _redis = null!;

    public async Task InitializeAsync() => _redis = await RedisServer.StartAsync();

    public async Task DisposeAsync()
    {
        _released.TrySetResult();
        foreach (var run in _runs) await run.DisposeAsync();
        foreach (var disposable in _disposables) disposable.Dispose();
        await _redis.DisposeAsync();
    }

    [Fact]
    public async Task Stops_while_the_app_hangs_with_calls_reminders_and_deliveries_in_flight()
    {
        await using var app = await StartStuckAppAsync();
        var run = await StartRunAsync(app.Port);
        var calls = await PutWorkInFlightAsync(run);

        await run.DisposeAsync().AsTask().WaitAsync(StopBound);

        await Task.WhenAll(calls.Select(call => call.ContinueWith(_ => { }, TaskScheduler.Default))).WaitAsync(StopBound);
        _released.TrySetResult();
    }

    [Fact]
    public async Task Stops_after_the_app_died_with_calls_reminders_and_deliveries_in_flight()
    {
        var app = await StartStuckAppAsync();
        var run = await StartRunAsync(app.Port);
        var calls = await PutWorkInFlightAsync(run);

        await app.AbortAsync();
        _released.TrySetResult();
        // As when a test's fixture stops the sidecars while the test itself is restarting them.
        await Task.WhenAll(run.Host.DisposeAsync().AsTask(), run.Host.DisposeAsync().AsTask()).WaitAsync(StopBound);
        await run.DisposeAsync().AsTask().WaitAsync(StopBound);

        await Task.WhenAll(calls.Select(call => call.ContinueWith(_ => { }, TaskScheduler.Default))).WaitAsync(StopBound);
    }

    [Fact]
    public async Task Stops_under_load_while_the_actor_app_keeps_calling()
    {
        await using var scenario = await Actors.ActorScenario.StartAsync(
            Yaml.Component("actorstore", "state.redis", ("redisHost", _redis.Endpoint), ("actorStateStore", "true")));
        await scenario.Counter("tick").StartReminderAsync("tick", "t", TimeSpan.Zero, TimeSpan.FromMilliseconds(100));
        using var stop = new CancellationTokenSource();
        var completed = 0;
        var load = Enumerable.Range(0, 16).Select(i => Task.Run(async () =>
        {
            var counter = scenario.Counter($"load-{i % 4}");
            while (!stop.IsCancellationRequested)
            {
                try
                {
                    await counter.IncrementAsync();
                    Interlocked.Increment(ref completed);
                }
                catch (Exception) when (Volatile.Read(ref completed) >= 50)
                {
                    await Task.Delay(10); // the sidecar is stopping or gone
                }
            }
        })).ToList();
        await Eventually.WaitUntilAsync(() => Volatile.Read(ref completed) >= 50);

        await scenario.Run.DisposeAsync().AsTask().WaitAsync(StopBound);

        await stop.CancelAsync();
        await Task.WhenAll(load).WaitAsync(StopBound);
    }

    // An app whose actor methods, reminder callbacks and subscription route take a request and never answer it.
    private Task<StuckApp> StartStuckAppAsync() => StuckApp.StartAsync(app =>
    {
        app.MapGet("/dapr/config", () => Results.Json(new { entities = new[] { "Stuck" }, actorIdleTimeout = "1h", actorScanInterval = "30s" }));
        app.MapGet("/dapr/subscribe", () => Results.Json(new[] { new { pubsubname = "pubsub", topic = "orders", route = "orders" } }));
        app.MapPut("/actors/Stuck/{id}/method/{**method}", (string id, string method) => HangAsync(method.StartsWith("remind/", StringComparison.Ordinal) ? "reminder" : "call"));
        app.MapPost("/orders", () => HangAsync("delivery"));
    });

    private async Task<IResult> HangAsync(string what)
    {
        _arrived.AddOrUpdate(what, 1, (_, n) => n + 1);
        await _released.Task; // deaf to RequestAborted, as a hung app is
        return Results.Ok();
    }

    private async Task<TestRun> StartRunAsync(int appPort)
    {
        var run = await TestRun.StartAsync(
            new Dictionary<string, string>
            {
                ["statestore.yaml"] = Yaml.Component("statestore", "state.redis", ("redisHost", _redis.Endpoint), ("actorStateStore", "true")),
                ["pubsub.yaml"] = Yaml.Component("pubsub", "pubsub.redis", ("redisHost", _redis.Endpoint), ("processingTimeout", "90s"),
                    ("redeliverInterval", "30s"), ("concurrency", "4")),
            },
            new Dictionary<string, int?> { ["stuck"] = appPort, ["caller"] = null });
        _runs.Add(run);
        await run.Host.AppsSubscribed.WaitAsync(StopBound);
        return run;
    }

    private async Task<List<Task>> PutWorkInFlightAsync(TestRun run)
    {
        using var http = run.Http("caller");
        var reminder = await http.PutAsJsonAsync("v1.0/actors/Stuck/r1/reminders/tick", new { dueTime = "0s", period = "1s" });
        reminder.EnsureSuccessStatusCode();
        for (var i = 0; i < 6; i++)
        {
            (await http.PostAsync("v1.0/publish/pubsub/orders", new StringContent($"{{\"n\":{i}}}", Encoding.UTF8, "application/json"))).EnsureSuccessStatusCode();
        }

        var caller = run.Http("caller");
        _disposables.Add(caller);
        var calls = Enumerable.Range(0, 4)
            .Select(i => caller.PutAsync($"v1.0/actors/Stuck/a{i % 2}/method/work", new StringContent("{}", Encoding.UTF8, "application/json")))
            .Cast<Task>()
            .ToList();
        await Eventually.WaitUntilAsync(() => _arrived.ContainsKey("call") && _arrived.ContainsKey("reminder") && _arrived.ContainsKey("delivery"));
        return calls;
    }

    /// <summary>An app on a free port that can also die as a crash would: its connections dropped, its port closed.</summary>
    private sealed class StuckApp : IAsyncDisposable
    {
        private readonly WebApplication _app;

        private StuckApp(WebApplication app) => _app = app;

        public int Port => new Uri(_app.Urls.Single()).Port;

        public static async Task<StuckApp> StartAsync(Action<WebApplication> map)
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.Logging.ClearProviders();
            builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
            var app = builder.Build();
            map(app);
            await app.StartAsync();
            return new StuckApp(app);
        }

        public async Task AbortAsync()
        {
            await _app.StopAsync(new CancellationToken(canceled: true));
            await _app.DisposeAsync();
        }

        public async ValueTask DisposeAsync()
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }
}
