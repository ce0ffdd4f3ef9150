using System.Net;
using PurchasePlatform.TestSupport;

namespace LocalDapr.Tests.Actors;

public sealed class ActorRuntimeTests
{
    private static string NewId() => Guid.NewGuid().ToString("N");

    [Fact]
    public async Task A_method_call_from_another_app_returns_the_actors_result()
    {
        await using var scenario = await ActorScenario.StartAsync(ActorScenario.InMemoryActorStore());
        var counter = scenario.Counter(NewId());

        Assert.Equal(1, await counter.IncrementAsync());
        Assert.Equal(2, await counter.IncrementAsync());
    }

    [Fact]
    public async Task State_is_kept_in_the_actor_store_across_deactivation()
    {
        await using var scenario = await ActorScenario.StartAsync(ActorScenario.InMemoryActorStore());
        var id = NewId();
        await scenario.Counter(id).IncrementAsync();
        await scenario.Counter(id).IncrementAsync();

        await Eventually.WaitUntilAsync(() => ActorEvents.Of(id).Contains("deactivated"));

        Assert.Equal(2, await scenario.Counter(id).GetCountAsync());
        using var http = scenario.Run.Http("actors");
        Assert.Equal("2", await http.GetStringAsync($"v1.0/actors/CounterActor/{id}/state/count"));
    }

    [Fact]
    public async Task Parallel_calls_on_one_actor_take_turns()
    {
        await using var scenario = await ActorScenario.StartAsync(ActorScenario.InMemoryActorStore());
        var id = NewId();

        await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => scenario.Counter(id).IncrementAsync()));

        Assert.Equal(50, await scenario.Counter(id).GetCountAsync());
    }

    [Fact]
    public async Task Two_actors_run_at_the_same_time()
    {
        await using var scenario = await ActorScenario.StartAsync(ActorScenario.InMemoryActorStore());
        var group = NewId();

        var met = await Task.WhenAll(scenario.Counter(NewId()).MeetAsync(group), scenario.Counter(NewId()).MeetAsync(group));

        Assert.Equal([true, true], met);
    }

    [Fact]
    public async Task Unknown_actor_type_gets_daprds_no_address_error()
    {
        await using var scenario = await ActorScenario.StartAsync(ActorScenario.InMemoryActorStore());
        using var http = scenario.Run.Http("caller");

        using var response = await http.PutAsync("v1.0/actors/NoSuchActor/1/method/Go", new StringContent("{}"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("ERR_ACTOR_NO_ADDRESS", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_reminder_fires_with_its_data_again_every_period()
    {
        await using var scenario = await ActorScenario.StartAsync(ActorScenario.InMemoryActorStore());
        var id = NewId();
        var counter = scenario.Counter(id);

        await counter.StartReminderAsync("tick", "hello", TimeSpan.FromMilliseconds(100), TimeSpan.FromMilliseconds(300));
        await Eventually.WaitUntilAsync(() => ActorEvents.Count(id, "reminder:") >= 2);
        await counter.StopReminderAsync("tick");

        Assert.All(ActorEvents.Of(id).Where(e => e.StartsWith("reminder:", StringComparison.Ordinal)),
            e => Assert.Equal($"reminder:tick:hello:{TimeSpan.FromMilliseconds(300)}", e));
    }

    [Fact]
    public async Task A_reminder_survives_a_restart_of_LocalDapr_and_fires_after_it()
    {
        var file = Path.Combine(Path.GetTempPath(), $"actors-{NewId()}.db");
        var id = NewId();
        try
        {
            await using (var first = await ActorScenario.StartAsync(ActorScenario.SqliteActorStore(file)))
            {
                await first.Counter(id).StartReminderAsync("later", "kept", TimeSpan.FromSeconds(3), Timeout.InfiniteTimeSpan);
            }

            Assert.Equal(0, ActorEvents.Count(id, "reminder:"));
            await using var second = await ActorScenario.StartAsync(ActorScenario.SqliteActorStore(file));
            await Eventually.WaitUntilAsync(() => ActorEvents.Count(id, "reminder:later:kept") == 1);

            using var http = second.Run.Http("actors");
            await Eventually.WaitUntilAsync(() =>
                http.GetAsync($"v1.0/actors/CounterActor/{id}/reminders/later").Result.StatusCode == HttpStatusCode.NotFound);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task A_timer_fires_and_stops_when_its_actor_is_deactivated()
    {
        await using var scenario = await ActorScenario.StartAsync(ActorScenario.InMemoryActorStore());
        var id = NewId();
        var period = TimeSpan.FromSeconds(3); // longer than the idle timeout, so the actor goes idle between fires

        await scenario.Counter(id).StartTimerAsync("beat", "x", TimeSpan.Zero, period);
        await Eventually.WaitUntilAsync(() => ActorEvents.Of(id).Contains("timer:beat:x"));
        await Eventually.WaitUntilAsync(() => ActorEvents.Of(id).Contains("deactivated"));
        await Task.Delay(period + TimeSpan.FromSeconds(1));

        Assert.Equal(1, ActorEvents.Count(id, "timer:"));
    }

    [Fact]
    public async Task An_idle_actor_is_deactivated_in_its_app()
    {
        await using var scenario = await ActorScenario.StartAsync(ActorScenario.InMemoryActorStore());
        var id = NewId();

        await scenario.Counter(id).IncrementAsync();

        await Eventually.WaitUntilAsync(() => ActorEvents.Of(id).Contains("deactivated"));
    }
}
