using LocalDapr.Runtime;
using LocalDapr.State;

namespace LocalDapr.Actors;

public static class ActorStateStores
{
    /// <summary>The app's state store marked <c>actorStateStore: "true"</c>; daprd's ERR_ACTOR_RUNTIME_NOT_FOUND without one.</summary>
    public static IStateStore ActorStore(this AppSidecar app) =>
        app.Components.ActorStateStoreName is { } name ? app.Components.StateStores[name].Store : throw ActorErrors.RuntimeNotFound();

    /// <summary>Where an actor's state key lives: <c>{hostAppId}||{type}||{id}||{key}</c>.</summary>
    public static string StateKey(AppSidecar host, ActorKey actor, string key) => $"{host.AppId}||{actor.Type}||{actor.Id}||{key}";
}
