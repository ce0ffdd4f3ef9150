using System.Collections.Concurrent;
using System.Net;
using LocalDapr.Runtime;

namespace LocalDapr.Actors;

/// <summary>
/// Runs actors as daprd does for apps in this run: learns each app's actor types from <c>/dapr/config</c>, routes
/// calls to the hosting app one turn at a time per actor, and deactivates idle actors.
/// </summary>
public sealed class ActorRuntime(ActorPlacement placement, ActorAppChannel channel, ReminderRegistry reminders, TimeProvider clock, ILogger<ActorRuntime> logger)
{
    public const string ReentrancyHeader = "Dapr-Reentrancy-Id";

    private readonly ConcurrentDictionary<ActorKey, ActorActivation> _activations = new();

    public ActorPlacement Placement => placement;

    /// <summary>Asks the app which actor types it hosts; an app without actors answers 404 (or nothing useful).</summary>
    public async Task DiscoverAsync(AppSidecar app, CancellationToken cancellationToken)
    {
        using var response = await channel.SendAsync(app, new ActorAppChannel.Call(HttpMethod.Get, "/dapr/config", [], null, null), cancellationToken);
        if (!response.IsSuccessStatusCode) return;
        ActorConfig config;
        try
        {
            config = ActorConfig.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
        }
        catch (System.Text.Json.JsonException ex)
        {
            logger.LogWarning("App {AppId} answered /dapr/config with invalid JSON: {Error}", app.AppId, ex.Message);
            return;
        }

        var hosted = placement.Register(app, config);
        if (hosted.Count == 0) return;
        logger.LogInformation("App {AppId} hosts actor types {Types}", app.AppId, string.Join(", ", hosted));
        foreach (var type in hosted) await reminders.LoadAsync(app, type, cancellationToken);
    }

    public ActorHost HostOf(ActorKey actor) => placement.HostOf(actor.Type) ?? throw ActorErrors.NoAddress(actor);

    /// <summary>Calls the actor method in the hosting app under the actor's turn; the caller disposes the response.</summary>
    public async Task<HttpResponseMessage> InvokeAsync(ActorKey actor, string method, IEnumerable<KeyValuePair<string, IEnumerable<string>>> headers,
        byte[] body, string? contentType, CancellationToken cancellationToken)
    {
        var host = HostOf(actor);
        var headerList = headers.ToList();
        string? reentrancyId = null;
        if (host.Config.ReentrancyEnabled)
        {
            reentrancyId = headerList.FirstOrDefault(h => h.Key.Equals(ReentrancyHeader, StringComparison.OrdinalIgnoreCase)).Value?.FirstOrDefault();
            if (string.IsNullOrEmpty(reentrancyId))
            {
                reentrancyId = Guid.NewGuid().ToString();
                headerList.Add(new(ReentrancyHeader, [reentrancyId]));
            }
        }

        var call = new ActorAppChannel.Call(HttpMethod.Put, $"{ActorAppChannel.ActorPath(actor)}/method/{method}", headerList, body, contentType);
        var response = await CallInTurnAsync(actor, reentrancyId, call, cancellationToken);
        if (response.IsSuccessStatusCode || response.StatusCode == HttpStatusCode.NotFound) return response;
        using (response)
        {
            var detail = await response.Content.ReadAsStringAsync(cancellationToken);
            throw ActorErrors.Invoke($"error from actor service: ({(int)response.StatusCode}) {detail}");
        }
    }

    /// <summary>Sends a call to the actor's host app while holding the actor's turn, activating the actor if needed.</summary>
    public async Task<HttpResponseMessage> CallInTurnAsync(ActorKey actor, string? reentrancyId, ActorAppChannel.Call call, CancellationToken cancellationToken)
    {
        var host = HostOf(actor);
        while (true)
        {
            var activation = Activate(actor, host);
            using var turn = await activation.Turn.EnterAsync(reentrancyId, host.Config.MaxStackDepth, cancellationToken);
            if (activation.Deactivated) continue;
            try
            {
                return await channel.SendAsync(host.App, call, cancellationToken);
            }
            finally
            {
                activation.Touch(clock.GetUtcNow());
            }
        }
    }

    /// <summary>Like <see cref="CallInTurnAsync"/> but only for this activation (timers die with it); null once it is deactivated.</summary>
    public async Task<HttpResponseMessage?> CallInActivationAsync(ActorActivation activation, ActorAppChannel.Call call, CancellationToken cancellationToken)
    {
        using var turn = await activation.Turn.EnterAsync(null, int.MaxValue, cancellationToken);
        if (activation.Deactivated) return null;
        try
        {
            return await channel.SendAsync(activation.Host.App, call, cancellationToken);
        }
        finally
        {
            activation.Touch(clock.GetUtcNow());
        }
    }

    public ActorActivation Activate(ActorKey actor, ActorHost host) =>
        _activations.GetOrAdd(actor, key => new ActorActivation(key, host, clock.GetUtcNow()));

    public ActorActivation? ActivationOf(ActorKey actor) => _activations.GetValueOrDefault(actor);

    public IEnumerable<ActorActivation> Activations => _activations.Values;

    /// <summary>Tells the app to deactivate an actor idle for its host's actorIdleTimeout; its timers go with it.</summary>
    public async Task DeactivateIfIdleAsync(ActorActivation activation, CancellationToken cancellationToken)
    {
        var idleFor = activation.Host.Config.IdleTimeout;
        if (activation.Turn.IsBusy || clock.GetUtcNow() - activation.LastUsed < idleFor) return;
        using var turn = await activation.Turn.EnterAsync(null, int.MaxValue, cancellationToken);
        if (activation.Deactivated || clock.GetUtcNow() - activation.LastUsed < idleFor) return;
        activation.Deactivated = true;
        _activations.TryRemove(new KeyValuePair<ActorKey, ActorActivation>(activation.Key, activation));
        activation.Timers.Clear();
        try
        {
            using var response = await channel.SendAsync(activation.Host.App,
                new ActorAppChannel.Call(HttpMethod.Delete, ActorAppChannel.ActorPath(activation.Key), [], null, null), cancellationToken);
            if (!response.IsSuccessStatusCode)
                logger.LogWarning("App {AppId} answered {Status} to deactivating actor {Actor}", activation.Host.App.AppId, (int)response.StatusCode, activation.Key);
        }
        catch (DaprApiException ex)
        {
            logger.LogWarning("Could not deactivate actor {Actor}: {Error}", activation.Key, ex.Message);
        }
    }
}
