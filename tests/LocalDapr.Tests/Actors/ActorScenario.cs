using Dapr.Actors;
using Dapr.Actors.Client;
using LocalDapr.Hosting;
using PurchasePlatform.TestSupport;

namespace LocalDapr.Tests.Actors;

/// <summary>
/// A LocalDapr run with two apps: "actors" hosts <see cref="CounterActor"/> (idle timeout one second) and "caller"
/// reaches it through an actor proxy pointed at its own sidecar.
/// </summary>
public sealed class ActorScenario : IAsyncDisposable
{
    public static readonly TimeSpan IdleTimeout = TimeSpan.FromSeconds(1);

    private ActorScenario(TestRun run, ActorHostApp app)
    {
        Run = run;
        App = app;
    }

    public TestRun Run { get; }
    public ActorHostApp App { get; }

    public static string InMemoryActorStore() => Yaml.Component("actorstore", "state.in-memory", ("actorStateStore", "true"));

    public static string SqliteActorStore(string file) =>
        Yaml.Component("actorstore", "state.sqlite", ("connectionString", file), ("actorStateStore", "true"));

    public static async Task<ActorScenario> StartAsync(string actorStoreYaml)
    {
        var port = LoopbackPorts.Free();
        var run = await TestRun.StartAsync(new Dictionary<string, string> { ["actorstore.yaml"] = actorStoreYaml },
            new Dictionary<string, int?> { ["actors"] = port, ["caller"] = null });
        try
        {
            var app = await ActorHostApp.StartAsync(port, run.HttpEndpoint("actors"), IdleTimeout);
            await run.Host.AppsSubscribed.WaitAsync(TimeSpan.FromSeconds(20)); // the actor types are known by then
            return new ActorScenario(run, app);
        }
        catch
        {
            await run.DisposeAsync();
            throw;
        }
    }

    public ICounterActor Counter(string actorId) =>
        ActorProxy.Create<ICounterActor>(new ActorId(actorId), nameof(CounterActor), new ActorProxyOptions { HttpEndpoint = Run.HttpEndpoint("caller") });

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        await Run.DisposeAsync();
    }
}
