using System.Collections.Concurrent;
using System.Net;
using LocalDapr.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using PurchasePlatform.TestSupport;

namespace LocalDapr.Tests.Actors;

/// <summary>
/// The turn lock seen from an app that, unlike the SDK, would run calls on one actor side by side: it counts how
/// many calls are inside each actor at once.
/// </summary>
public sealed class TurnLockTests
{
    private sealed class OverlapApp
    {
        private readonly ConcurrentDictionary<string, int> _inside = new();
        public ConcurrentDictionary<string, int> MostInside { get; } = new();
        public string? SidecarEndpoint { get; set; }

        public void Map(WebApplication app, bool reentrant)
        {
            app.MapGet("/dapr/config", () => Results.Json(new
            {
                entities = new[] { "RawActor" },
                reentrancy = new { enabled = reentrant, maxStackDepth = 4 },
            }));
            app.MapPut("/actors/RawActor/{id}/method/slow", async (string id) =>
            {
                var now = _inside.AddOrUpdate(id, 1, (_, n) => n + 1);
                MostInside.AddOrUpdate(id, now, (_, most) => Math.Max(most, now));
                await Task.Delay(20);
                _inside.AddOrUpdate(id, 0, (_, n) => n - 1);
                return Results.Ok();
            });
            app.MapPut("/actors/RawActor/{id}/method/outer", async (string id, HttpRequest request) =>
            {
                using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
                using var inner = new HttpRequestMessage(HttpMethod.Put, $"{SidecarEndpoint}/v1.0/actors/RawActor/{id}/method/inner");
                if (request.Headers.TryGetValue("Dapr-Reentrancy-Id", out var chain)) inner.Headers.Add("Dapr-Reentrancy-Id", chain.ToString());
                try
                {
                    using var response = await http.SendAsync(inner);
                    return Results.Text("inner answered " + (int)response.StatusCode);
                }
                catch (TaskCanceledException)
                {
                    return Results.Text("inner timed out");
                }
            });
            app.MapPut("/actors/RawActor/{id}/method/inner", () => Results.Ok());
        }
    }

    private static async Task<(TestRun Run, TestApp App, OverlapApp Overlap)> StartAsync(bool reentrant)
    {
        var overlap = new OverlapApp();
        var app = await TestApp.StartAsync(a => overlap.Map(a, reentrant));
        var run = await TestRun.StartAsync(new Dictionary<string, string> { ["actorstore.yaml"] = ActorScenario.InMemoryActorStore() },
            new Dictionary<string, int?> { ["raw"] = app.Port, ["caller"] = null });
        overlap.SidecarEndpoint = run.HttpEndpoint("raw");
        await run.Host.AppsSubscribed.WaitAsync(TimeSpan.FromSeconds(20));
        return (run, app, overlap);
    }

    [Fact]
    public async Task Calls_on_one_actor_never_overlap_while_other_actors_run_alongside()
    {
        var (run, app, overlap) = await StartAsync(reentrant: false);
        await using var _ = run;
        await using var __ = app;
        using var http = run.Http("caller");

        var calls = Enumerable.Range(0, 20).Select(i => http.PutAsync($"v1.0/actors/RawActor/{(i % 2 == 0 ? "one" : "two")}/method/slow", null));
        var responses = await Task.WhenAll(calls);

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Equal(1, overlap.MostInside["one"]);
        Assert.Equal(1, overlap.MostInside["two"]);
    }

    [Fact]
    public async Task With_reentrancy_a_call_back_into_the_same_actor_joins_its_chain()
    {
        var (run, app, _) = await StartAsync(reentrant: true);
        await using var __ = run;
        await using var ___ = app;
        using var http = run.Http("caller");

        using var response = await http.PutAsync("v1.0/actors/RawActor/r/method/outer", null);

        Assert.Equal("inner answered 200", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Without_reentrancy_a_call_back_into_the_same_actor_waits_for_the_turn()
    {
        var (run, app, _) = await StartAsync(reentrant: false);
        await using var __ = run;
        await using var ___ = app;
        using var http = run.Http("caller");

        using var response = await http.PutAsync("v1.0/actors/RawActor/w/method/outer", null);

        Assert.Equal("inner timed out", await response.Content.ReadAsStringAsync());
    }
}
