using System.Collections.Concurrent;
using System.Text;
using Dapr.Actors;
using Dapr.Actors.Runtime;

namespace LocalDapr.Tests.Actors;

public interface ICounterActor : IActor
{
    Task<int> IncrementAsync();
    Task<int> GetCountAsync();

    /// <summary>Waits (bounded) until another actor of the same group is inside this method too; true when it was.</summary>
    Task<bool> MeetAsync(string group);

    Task StartReminderAsync(string name, string data, TimeSpan dueTime, TimeSpan period);
    Task StopReminderAsync(string name);
    Task StartTimerAsync(string name, string data, TimeSpan dueTime, TimeSpan period);
}

/// <summary>What the actors did, by actor id: "reminder:{name}:{data}", "timer:{name}:{data}", "deactivated".</summary>
public static class ActorEvents
{
    private static readonly ConcurrentDictionary<string, ConcurrentQueue<string>> ByActor = new();
    private static readonly ConcurrentDictionary<string, int> Arrivals = new();

    public static void Record(string actorId, string what) => ByActor.GetOrAdd(actorId, _ => new()).Enqueue(what);

    public static IReadOnlyList<string> Of(string actorId) => ByActor.TryGetValue(actorId, out var events) ? events.ToArray() : [];

    public static int Count(string actorId, string prefix) => Of(actorId).Count(e => e.StartsWith(prefix, StringComparison.Ordinal));

    public static async Task<bool> MeetAsync(string group)
    {
        Arrivals.AddOrUpdate(group, 1, (_, n) => n + 1);
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (Arrivals[group] < 2)
        {
            if (DateTime.UtcNow > deadline) return false;
            await Task.Delay(20);
        }

        return true;
    }
}

public sealed class CounterActor(ActorHost host) : Actor(host), ICounterActor, IRemindable
{
    private const string CountKey = "count";

    public async Task<int> IncrementAsync()
    {
        var count = await GetCountAsync() + 1;
        await Task.Delay(10); // widen the read-modify-write window, so a missing turn lock shows
        await StateManager.SetStateAsync(CountKey, count);
        return count;
    }

    public async Task<int> GetCountAsync()
    {
        var count = await StateManager.TryGetStateAsync<int>(CountKey);
        return count.HasValue ? count.Value : 0;
    }

    public Task<bool> MeetAsync(string group) => ActorEvents.MeetAsync(group);

    public Task StartReminderAsync(string name, string data, TimeSpan dueTime, TimeSpan period) =>
        RegisterReminderAsync(name, Encoding.UTF8.GetBytes(data), dueTime, period);

    public Task StopReminderAsync(string name) => UnregisterReminderAsync(name);

    public Task StartTimerAsync(string name, string data, TimeSpan dueTime, TimeSpan period) =>
        RegisterTimerAsync(name, nameof(OnTimerAsync), Encoding.UTF8.GetBytes(name + ":" + data), dueTime, period);

    public Task OnTimerAsync(byte[] data)
    {
        ActorEvents.Record(Id.GetId(), "timer:" + Encoding.UTF8.GetString(data));
        return Task.CompletedTask;
    }

    public Task ReceiveReminderAsync(string reminderName, byte[] state, TimeSpan dueTime, TimeSpan period)
    {
        ActorEvents.Record(Id.GetId(), $"reminder:{reminderName}:{Encoding.UTF8.GetString(state)}:{period}");
        return Task.CompletedTask;
    }

    protected override Task OnDeactivateAsync()
    {
        ActorEvents.Record(Id.GetId(), "deactivated");
        return Task.CompletedTask;
    }
}
