using LocalDapr.Actors;

namespace LocalDapr.Api.Http;

/// <summary>The actors API: <c>/v1.0/actors/{type}/{id}/method|state|reminders|timers</c>.</summary>
public static class ActorEndpoints
{
    private const string Actor = "/v1.0/actors/{actorType}/{actorId}";

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.Map(Actor + "/method/{**method}", InvokeAsync);
        endpoints.MapGet(Actor + "/state/{key}", GetStateAsync);
        endpoints.MapMethods(Actor + "/state", ["PUT", "POST"], SaveStateAsync);
        endpoints.MapMethods(Actor + "/reminders/{name}", ["PUT", "POST"], SetReminderAsync);
        endpoints.MapGet(Actor + "/reminders/{name}", (string actorType, string actorId, string name, ActorScheduleApi api) =>
            Results.Json(api.GetReminder(new ActorKey(actorType, actorId), name)));
        endpoints.MapDelete(Actor + "/reminders/{name}", async (HttpContext context, string actorType, string actorId, string name, ActorScheduleApi api) =>
        {
            await api.DeleteReminderAsync(new ActorKey(actorType, actorId), name, context.RequestAborted);
            return Results.NoContent();
        });
        endpoints.MapMethods(Actor + "/timers/{name}", ["PUT", "POST"], async (HttpContext context, string actorType, string actorId, string name, ActorScheduleApi api) =>
        {
            api.SetTimer(new ActorKey(actorType, actorId), name, await context.Request.ReadBodyAsync(context.RequestAborted));
            return Results.NoContent();
        });
        endpoints.MapDelete(Actor + "/timers/{name}", (string actorType, string actorId, string name, ActorScheduleApi api) =>
        {
            api.DeleteTimer(new ActorKey(actorType, actorId), name);
            return Results.NoContent();
        });
    }

    private static async Task InvokeAsync(HttpContext context, string actorType, string actorId, string? method, ActorRuntime runtime)
    {
        if (string.IsNullOrEmpty(actorType) || string.IsNullOrEmpty(actorId)) throw ActorErrors.InstanceMissing();
        var body = await context.Request.ReadBodyAsync(context.RequestAborted);
        var headers = context.Request.Headers.Select(h => new KeyValuePair<string, IEnumerable<string>>(h.Key, h.Value.Select(v => v ?? "")));
        using var response = await runtime.InvokeAsync(new ActorKey(actorType, actorId), (method ?? "") + context.Request.QueryString, headers, body,
            context.Request.ContentType, context.RequestAborted);
        context.Response.StatusCode = (int)response.StatusCode;
        foreach (var (name, values) in response.Headers.Concat(response.Content.Headers))
        {
            if (name.Equals("Transfer-Encoding", StringComparison.OrdinalIgnoreCase)) continue;
            context.Response.Headers[name] = values.ToArray();
        }

        await response.Content.CopyToAsync(context.Response.Body, context.RequestAborted);
    }

    private static async Task<IResult> GetStateAsync(HttpContext context, string actorType, string actorId, string key, ActorStateApi api)
    {
        var value = await api.GetAsync(new ActorKey(actorType, actorId), key, context.RequestAborted);
        return value is null ? Results.NoContent() : Results.Bytes(value, "application/json");
    }

    private static async Task<IResult> SaveStateAsync(HttpContext context, string actorType, string actorId, ActorStateApi api)
    {
        await api.SaveAsync(new ActorKey(actorType, actorId), await context.Request.ReadBodyAsync(context.RequestAborted), context.RequestAborted);
        return Results.NoContent();
    }

    private static async Task<IResult> SetReminderAsync(HttpContext context, string actorType, string actorId, string name, ActorScheduleApi api)
    {
        await api.SetReminderAsync(new ActorKey(actorType, actorId), name, await context.Request.ReadBodyAsync(context.RequestAborted), context.RequestAborted);
        return Results.NoContent();
    }
}
