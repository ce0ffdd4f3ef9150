using System.Collections.Concurrent;
using LocalDapr.Runtime;

namespace LocalDapr.Actors;

/// <summary>
/// The clock of the actor runtime: fires due reminders and timers (each under its actor's turn) and, every
/// actorScanInterval of the host app, deactivates actors idle for its actorIdleTimeout.
/// </summary>
public sealed class ActorScheduler(ActorRuntime runtime, ReminderRegistry reminders, TimeProvider clock, ILogger<ActorScheduler> logger)
{
    public static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(50);

    /// <summary>How long a reminder whose fire failed waits before it is tried again.</summary>
    public static readonly TimeSpan ReminderRetryDelay = TimeSpan.FromSeconds(1);

    private readonly ConcurrentDictionary<(ActorKey, string, bool IsReminder), Task> _firing = new();
    private readonly ConcurrentDictionary<ActorKey, Task> _deactivating = new();
    private readonly Dictionary<string, DateTimeOffset> _lastScanByApp = new(StringComparer.Ordinal);

    public async Task RunAsync(CancellationToken stopping)
    {
        using var timer = new PeriodicTimer(Tick, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stopping))
            {
                var now = clock.GetUtcNow();
                foreach (var reminder in reminders.All)
                {
                    if (reminder.NextFire <= now) Start((reminder.Actor, reminder.Name, true), () => FireReminderAsync(reminder, stopping));
                }

                foreach (var activation in runtime.Activations)
                {
                    foreach (var call in activation.Timers.Values)
                    {
                        if (call.NextFire <= now) Start((call.Actor, call.Name, false), () => FireTimerAsync(activation, call, stopping));
                    }
                }

                ScanIdle(now, stopping);
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
        }

        await Task.WhenAll(_firing.Values.Concat(_deactivating.Values));
    }

    // Runs a fire or a deactivation in the background; on stopping it ends quietly, anything else is logged, never lost.
    private Task RunInBackground(Func<Task> work, string what) => Task.Run(async () =>
    {
        try
        {
            await work();
        }
        catch (OperationCanceledException)
        {
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Actor runtime: {What} failed", what);
        }
    });

    private void Start((ActorKey, string, bool) key, Func<Task> fire)
    {
        if (_firing.ContainsKey(key)) return;
        var task = RunInBackground(fire, $"firing {key.Item2} of actor {key.Item1}");
        _firing[key] = task;
        _ = task.ContinueWith(_ => _firing.TryRemove(key, out var _), TaskScheduler.Default);
    }

    private void ScanIdle(DateTimeOffset now, CancellationToken stopping)
    {
        foreach (var byApp in runtime.Activations.GroupBy(a => a.Host.App.AppId))
        {
            var scanInterval = byApp.First().Host.Config.ScanInterval;
            if (_lastScanByApp.TryGetValue(byApp.Key, out var last) && now - last < scanInterval) continue;
            _lastScanByApp[byApp.Key] = now;
            foreach (var activation in byApp)
            {
                if (_deactivating.ContainsKey(activation.Key)) continue;
                var task = RunInBackground(() => runtime.DeactivateIfIdleAsync(activation, stopping), $"deactivating actor {activation.Key}");
                _deactivating[activation.Key] = task;
                _ = task.ContinueWith(_ => _deactivating.TryRemove(activation.Key, out var _), TaskScheduler.Default);
            }
        }
    }

    private async Task FireReminderAsync(ScheduledCall reminder, CancellationToken stopping)
    {
        if (runtime.Placement.HostOf(reminder.ActorType) is not { } host) return;
        var now = clock.GetUtcNow();
        if (reminder.ExpiresAt is { } expires && expires <= now)
        {
            await reminders.ReplaceAsync(host.App, reminder, null, stopping);
            return;
        }

        bool delivered;
        try
        {
            using var response = await runtime.CallInTurnAsync(reminder.Actor, null, CallbackCall(reminder, "remind"), stopping);
            delivered = response.IsSuccessStatusCode;
            if (!delivered) logger.LogWarning("Reminder {Name} of actor {Actor} failed: app answered {Status}", reminder.Name, reminder.Actor, (int)response.StatusCode);
        }
        catch (DaprApiException ex)
        {
            delivered = false;
            logger.LogWarning("Reminder {Name} of actor {Actor} failed: {Error}", reminder.Name, reminder.Actor, ex.Message);
        }

        try
        {
            var next = delivered ? reminder.AfterFire(clock.GetUtcNow()) : reminder with { NextFire = clock.GetUtcNow() + ReminderRetryDelay };
            await reminders.ReplaceAsync(host.App, reminder, next, stopping);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Could not store reminder {Name} of actor {Actor} after it fired", reminder.Name, reminder.Actor);
        }
    }

    // A failing timer callback is not retried: the timer just moves on to its next period.
    private async Task FireTimerAsync(ActorActivation activation, ScheduledCall timer, CancellationToken stopping)
    {
        var now = clock.GetUtcNow();
        if (timer.ExpiresAt is { } expires && expires <= now)
        {
            activation.Timers.TryRemove(new KeyValuePair<string, ScheduledCall>(timer.Name, timer));
            return;
        }

        try
        {
            using var response = await runtime.CallInActivationAsync(activation, CallbackCall(timer, "timer"), stopping);
            if (response is null) return;
            if (!response.IsSuccessStatusCode) logger.LogWarning("Timer {Name} of actor {Actor} failed: app answered {Status}", timer.Name, timer.Actor, (int)response.StatusCode);
        }
        catch (DaprApiException ex)
        {
            logger.LogWarning("Timer {Name} of actor {Actor} failed: {Error}", timer.Name, timer.Actor, ex.Message);
        }

        var next = timer.AfterFire(clock.GetUtcNow());
        if (next is null) activation.Timers.TryRemove(new KeyValuePair<string, ScheduledCall>(timer.Name, timer));
        else activation.Timers.TryUpdate(timer.Name, next, timer);
    }

    private static ActorAppChannel.Call CallbackCall(ScheduledCall call, string kind) =>
        new(HttpMethod.Put, $"{ActorAppChannel.ActorPath(call.Actor)}/method/{kind}/{Uri.EscapeDataString(call.Name)}", [], call.CallbackBody(), "application/json");
}
