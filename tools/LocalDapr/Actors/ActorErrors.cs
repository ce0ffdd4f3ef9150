using Grpc.Core;
using LocalDapr.Runtime;

namespace LocalDapr.Actors;

/// <summary>daprd's actor errors, with its codes and statuses (dapr/dapr pkg/messages/predefined.go).</summary>
public static class ActorErrors
{
    public static DaprApiException RuntimeNotFound() =>
        new("ERR_ACTOR_RUNTIME_NOT_FOUND",
            "the state store is not configured to use the actor runtime. Have you set the - name: actorStateStore value: \"true\" in your state store component file?",
            500, StatusCode.Internal);

    public static DaprApiException InstanceMissing() =>
        new("ERR_ACTOR_INSTANCE_MISSING", "actor instance is missing", 400, StatusCode.Internal);

    public static DaprApiException NoAddress(ActorKey actor) =>
        new("ERR_ACTOR_NO_ADDRESS", $"did not find address for actor '{actor}'", 404, StatusCode.FailedPrecondition);

    public static DaprApiException Invoke(string detail) =>
        new("ERR_ACTOR_INVOKE_METHOD", $"error invoke actor method: {detail}", 500, StatusCode.Internal);

    public static DaprApiException StateGet(string detail) =>
        new("ERR_ACTOR_STATE_GET", $"error getting actor state: {detail}", 500, StatusCode.Internal);

    public static DaprApiException StateTransaction(string detail) =>
        new("ERR_ACTOR_STATE_TRANSACTION_SAVE", $"error saving actor transaction state: {detail}", 500, StatusCode.Internal);

    public static DaprApiException ReminderCreate(string detail) =>
        new("ERR_ACTOR_REMINDER_CREATE", $"error creating actor reminder: {detail}", 500, StatusCode.Internal);

    public static DaprApiException ReminderNotFound(string name) =>
        new("ERR_ACTOR_REMINDER_NOT_FOUND", $"actor reminder not found: {name}", 404, StatusCode.NotFound);

    public static DaprApiException TimerCreate(string detail) =>
        new("ERR_ACTOR_TIMER_CREATE", $"error creating actor timer: {detail}", 500, StatusCode.Internal);

    public static DaprApiException NotHosted() =>
        new("ERR_ACTOR_REMINDER_NON_HOSTED", "operations on actor reminders are only possible on hosted actor types", 403, StatusCode.PermissionDenied);

    public static DaprApiException MaxStackDepthExceeded() =>
        new("ERR_ACTOR_STACK_DEPTH", "maximum stack depth exceeded", 500, StatusCode.ResourceExhausted);
}
