using System.Text.Json;
using System.Text.Json.Serialization;

namespace LocalDapr.Actors;

/// <summary>
/// A reminder or timer: what the actor registered (sent back to it exactly so when it fires) and when it fires next.
/// Reminders are stored as JSON in the actor state store, so they survive restarts.
/// </summary>
public sealed record ScheduledCall
{
    public required string ActorType { get; init; }
    public required string ActorId { get; init; }
    public required string Name { get; init; }
    public string? DueTime { get; init; }
    public string? Period { get; init; }
    public string? Ttl { get; init; }
    public JsonElement? Data { get; init; }

    /// <summary>Timers only: the actor method the SDK calls back.</summary>
    public string? Callback { get; init; }

    public required DateTimeOffset NextFire { get; init; }
    public TimeSpan? Interval { get; init; }

    /// <summary>Fires left; null: no limit.</summary>
    public int? RemainingFires { get; init; }

    public DateTimeOffset? ExpiresAt { get; init; }

    [JsonIgnore]
    public ActorKey Actor => new(ActorType, ActorId);

    public static ScheduledCall Create(ActorKey actor, string name, ScheduleRequest request, DateTimeOffset now)
    {
        var schedule = ActorSchedule.Parse(request.DueTime, request.Period, request.Ttl, now);
        return new ScheduledCall
        {
            ActorType = actor.Type,
            ActorId = actor.Id,
            Name = name,
            DueTime = request.DueTime,
            Period = request.Period,
            Ttl = request.Ttl,
            Data = request.Data,
            Callback = request.Callback,
            NextFire = schedule.FirstFire,
            Interval = schedule.Period,
            RemainingFires = schedule.Repetitions,
            ExpiresAt = schedule.ExpiresAt,
        };
    }

    /// <summary>After a fire: the same call, due again; null when it is done.</summary>
    public ScheduledCall? AfterFire(DateTimeOffset now)
    {
        if (Interval is not { } interval) return null;
        var remaining = RemainingFires - 1;
        if (remaining <= 0) return null;
        var next = NextFire + interval;
        if (next < now) next = now;
        if (ExpiresAt is { } expires && next >= expires) return null;
        return this with { NextFire = next, RemainingFires = remaining };
    }

    /// <summary>The body the app gets: data, dueTime and period as registered (the SDK parses only its own forms).</summary>
    public byte[] CallbackBody()
    {
        var body = new Dictionary<string, object?>
        {
            ["data"] = Data,
            ["dueTime"] = DueTime ?? "",
            ["period"] = Period ?? "",
        };
        if (Callback is not null) body["callback"] = Callback;
        return JsonSerializer.SerializeToUtf8Bytes(body);
    }
}

/// <summary>The body of <c>PUT /v1.0/actors/{type}/{id}/reminders|timers/{name}</c>.</summary>
public sealed record ScheduleRequest(
    [property: JsonPropertyName("dueTime")] string? DueTime,
    [property: JsonPropertyName("period")] string? Period,
    [property: JsonPropertyName("ttl")] string? Ttl,
    [property: JsonPropertyName("data")] JsonElement? Data,
    [property: JsonPropertyName("callback")] string? Callback);
