using Grpc.Core;

namespace LocalDapr.Runtime;

/// <summary>An error in Dapr's own shape: HTTP <c>{"errorCode","message"}</c> with a status, or a gRPC status.</summary>
public sealed class DaprApiException(string errorCode, string message, int httpStatus, StatusCode grpcStatus) : Exception(message)
{
    public string ErrorCode { get; } = errorCode;
    public int HttpStatus { get; } = httpStatus;
    public StatusCode GrpcStatus { get; } = grpcStatus;
}

/// <summary>The errors daprd returns, with its codes and statuses (dapr/dapr pkg/messages, pkg/api/errors).</summary>
public static class DaprErrors
{
    public static DaprApiException StateStoreNotConfigured(string appId) =>
        new("ERR_STATE_STORE_NOT_CONFIGURED", $"state store is not configured for app '{appId}'", 500, StatusCode.FailedPrecondition);

    public static DaprApiException StateStoreNotFound(string name) =>
        new("ERR_STATE_STORE_NOT_FOUND", $"state store {name} is not found", 400, StatusCode.InvalidArgument);

    public static DaprApiException StateMalformed(string detail) =>
        new("ERR_MALFORMED_REQUEST", detail, 400, StatusCode.InvalidArgument);

    public static DaprApiException StateGet(string key, string store, string detail) =>
        new("ERR_STATE_GET", $"fail to get {key} from state store {store}: {detail}", 500, StatusCode.Internal);

    public static DaprApiException StateSave(string store, string detail, int httpStatus, StatusCode grpcStatus) =>
        new("ERR_STATE_SAVE", $"failed saving state in state store {store}: {detail}", httpStatus, grpcStatus);

    public static DaprApiException StateDelete(string key, string detail, int httpStatus, StatusCode grpcStatus) =>
        new("ERR_STATE_DELETE", $"failed deleting state with key {key}: {detail}", httpStatus, grpcStatus);

    public static DaprApiException StateTransaction(string detail) =>
        new("ERR_STATE_TRANSACTION", $"error while executing state transaction: {detail}", 500, StatusCode.Internal);

    /// <summary>daprd answers an unknown transaction operation type with 400 over HTTP and Unimplemented over gRPC.</summary>
    public static DaprApiException StateOperationNotSupported(string? operation) =>
        new("ERR_NOT_SUPPORTED_STATE_OPERATION", $"operation type {operation} not supported", 400, StatusCode.Unimplemented);

    public static DaprApiException StateBulkGet(string detail) =>
        new("ERR_STATE_BULK_GET", detail, 500, StatusCode.Internal);

    public static DaprApiException PubSubNotConfigured(string appId) =>
        new("ERR_PUBSUB_NOT_CONFIGURED", $"no pubsub is configured for app '{appId}'", 400, StatusCode.FailedPrecondition);

    public static DaprApiException PubSubEmpty() =>
        new("ERR_PUBSUB_EMPTY", "pubsub name is empty", 404, StatusCode.InvalidArgument);

    public static DaprApiException PubSubNotFound(string name) =>
        new("ERR_PUBSUB_NOT_FOUND", $"pubsub {name} is not found", 404, StatusCode.InvalidArgument);

    public static DaprApiException TopicEmpty(string pubsub) =>
        new("ERR_TOPIC_NAME_EMPTY", $"topic is empty in pubsub {pubsub}", 404, StatusCode.InvalidArgument);

    public static DaprApiException PublishFailed(string topic, string pubsub, string detail) =>
        new("ERR_PUBSUB_PUBLISH_MESSAGE", $"error when publish to topic {topic} in pubsub {pubsub}: {detail}", 500, StatusCode.Internal);

    public static DaprApiException PublishForbidden(string topic, string appId) =>
        new("ERR_PUBSUB_FORBIDDEN", $"topic {topic} is not allowed for app id {appId}", 403, StatusCode.PermissionDenied);

    public static DaprApiException CloudEventMalformed(string detail) =>
        new("ERR_PUBSUB_CLOUD_EVENTS_SER", $"error when marshalling cloud event envelope: {detail}", 500, StatusCode.InvalidArgument);

    public static DaprApiException SecretStoreNotConfigured() =>
        new("ERR_SECRET_STORES_NOT_CONFIGURED", "secret store is not configured", 500, StatusCode.FailedPrecondition);

    public static DaprApiException SecretStoreNotFound(string name) =>
        new("ERR_SECRET_STORE_NOT_FOUND", $"failed finding secret store with key {name}", 401, StatusCode.InvalidArgument);

    public static DaprApiException SecretGet(string key, string store, string detail) =>
        new("ERR_SECRET_GET", $"failed getting secret with key {key} from secret store {store}: {detail}", 500, StatusCode.Internal);

    public static DaprApiException InvokeNoAppId() =>
        new("ERR_DIRECT_INVOKE", "failed getting app id either from the URL path or the header dapr-app-id", 404, StatusCode.NotFound);

    public static DaprApiException InvokeFailed(string appId, string detail) =>
        new("ERR_DIRECT_INVOKE", $"failed to invoke, id: {appId}, err: {detail}", 500, StatusCode.Internal);

    public static DaprApiException BadRequest(string detail) =>
        new("ERR_BAD_REQUEST", $"invalid request: {detail}", 400, StatusCode.InvalidArgument);

    public static DaprApiException Malformed(string detail) =>
        new("ERR_MALFORMED_REQUEST", $"failed deserializing HTTP body: {detail}", 400, StatusCode.InvalidArgument);

    public static DaprApiException NotSupported(string what) =>
        new("ERR_NOT_SUPPORTED", $"{what} is not supported by LocalDapr; run real daprd for it", 501, StatusCode.Unimplemented);
}
