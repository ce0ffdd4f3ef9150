using System.Text.Json;
using LocalDapr.Runtime;

namespace LocalDapr.Actors;

/// <summary>Registering, reading and removing reminders (durable) and timers (in memory, per activation).</summary>
public sealed class ActorScheduleApi(ActorRuntime runtime, ReminderRegistry reminders, TimeProvider clock)
{
    public async Task SetReminderAsync(ActorKey actor, string name, byte[] body, CancellationToken cancellationToken)
    {
        var host = HostOf(actor);
        ScheduledCall reminder;
        try
        {
            reminder = ScheduledCall.Create(actor, name, ReadRequest(body), clock.GetUtcNow()) with { Callback = null };
        }
        catch (FormatException ex)
        {
            throw ActorErrors.ReminderCreate(ex.Message);
        }

        await reminders.SetAsync(host.App, reminder, cancellationToken);
    }

    /// <summary>What daprd answers on GET: the reminder as registered.</summary>
    public object GetReminder(ActorKey actor, string name)
    {
        HostOf(actor);
        var reminder = reminders.Get(actor, name) ?? throw ActorErrors.ReminderNotFound(name);
        return new { dueTime = reminder.DueTime ?? "", period = reminder.Period ?? "", data = reminder.Data, ttl = reminder.Ttl };
    }

    public async Task DeleteReminderAsync(ActorKey actor, string name, CancellationToken cancellationToken) =>
        await reminders.RemoveAsync(HostOf(actor).App, actor, name, cancellationToken);

    public void SetTimer(ActorKey actor, string name, byte[] body)
    {
        var host = HostOf(actor);
        ScheduledCall timer;
        try
        {
            timer = ScheduledCall.Create(actor, name, ReadRequest(body), clock.GetUtcNow());
        }
        catch (FormatException ex)
        {
            throw ActorErrors.TimerCreate(ex.Message);
        }

        runtime.Activate(actor, host).Timers[name] = timer;
    }

    public void DeleteTimer(ActorKey actor, string name) => runtime.ActivationOf(actor)?.Timers.TryRemove(name, out _);

    private ActorHost HostOf(ActorKey actor) => runtime.Placement.HostOf(actor.Type) ?? throw ActorErrors.NotHosted();

    private static ScheduleRequest ReadRequest(byte[] body)
    {
        if (body.Length == 0) return new ScheduleRequest(null, null, null, null, null);
        try
        {
            return JsonSerializer.Deserialize<ScheduleRequest>(body) ?? new ScheduleRequest(null, null, null, null, null);
        }
        catch (JsonException ex)
        {
            throw DaprErrors.Malformed(ex.Message);
        }
    }
}
