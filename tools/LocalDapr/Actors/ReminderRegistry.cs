using System.Collections.Concurrent;
using System.Text.Json;
using LocalDapr.Runtime;
using LocalDapr.State;

namespace LocalDapr.Actors;

/// <summary>
/// The reminders of every hosted actor type, kept in memory for the scheduler and written through to the host app's
/// actor state store: one key per actor type, <c>{hostAppId}||__reminders__||{type}</c>, holding them all as JSON.
/// </summary>
public sealed class ReminderRegistry(ILogger<ReminderRegistry> logger)
{
    private readonly ConcurrentDictionary<(ActorKey Actor, string Name), ScheduledCall> _reminders = new();
    private readonly SemaphoreSlim _writes = new(1, 1);

    public static string StoreKey(AppSidecar host, string actorType) => $"{host.AppId}||__reminders__||{actorType}";

    public async Task LoadAsync(AppSidecar host, string actorType, CancellationToken cancellationToken)
    {
        if (host.Components.ActorStateStoreName is null) return;
        var stored = await host.ActorStore().GetAsync(StoreKey(host, actorType), cancellationToken);
        if (stored is null) return;
        try
        {
            foreach (var reminder in JsonSerializer.Deserialize<List<ScheduledCall>>(stored.Value) ?? [])
                _reminders.TryAdd((reminder.Actor, reminder.Name), reminder);
        }
        catch (JsonException ex)
        {
            logger.LogError("Reminders of actor type {Type} in app {AppId} are unreadable: {Error}", actorType, host.AppId, ex.Message);
        }
    }

    public ScheduledCall? Get(ActorKey actor, string name) => _reminders.GetValueOrDefault((actor, name));

    public IEnumerable<ScheduledCall> All => _reminders.Values;

    public Task SetAsync(AppSidecar host, ScheduledCall reminder, CancellationToken cancellationToken) =>
        ChangeAsync(host, reminder.ActorType, () =>
        {
            _reminders[(reminder.Actor, reminder.Name)] = reminder;
            return true;
        }, cancellationToken);

    /// <returns>false when there was no such reminder.</returns>
    public Task<bool> RemoveAsync(AppSidecar host, ActorKey actor, string name, CancellationToken cancellationToken) =>
        ChangeAsync(host, actor.Type, () => _reminders.TryRemove((actor, name), out _), cancellationToken);

    /// <summary>After a fire: replaces <paramref name="fired"/> with <paramref name="next"/> (null: removes it), unless it was changed meanwhile.</summary>
    public Task<bool> ReplaceAsync(AppSidecar host, ScheduledCall fired, ScheduledCall? next, CancellationToken cancellationToken) =>
        ChangeAsync(host, fired.ActorType, () =>
        {
            var key = (fired.Actor, fired.Name);
            return next is null
                ? _reminders.TryRemove(new KeyValuePair<(ActorKey, string), ScheduledCall>(key, fired))
                : _reminders.TryUpdate(key, next, fired);
        }, cancellationToken);

    private async Task<bool> ChangeAsync(AppSidecar host, string actorType, Func<bool> change, CancellationToken cancellationToken)
    {
        var store = host.ActorStore();
        await _writes.WaitAsync(cancellationToken);
        try
        {
            if (!change()) return false;
            var ofType = _reminders.Values.Where(r => r.ActorType == actorType).ToList();
            var key = StoreKey(host, actorType);
            if (ofType.Count == 0)
                await store.DeleteAsync(new StateDelete(key, null, ConcurrencyMode.LastWrite), cancellationToken);
            else
                await store.SetAsync(new StateWrite(key, JsonSerializer.SerializeToUtf8Bytes(ofType), null, ConcurrencyMode.LastWrite, null), cancellationToken);
            return true;
        }
        finally
        {
            _writes.Release();
        }
    }
}
