using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;
using LocalDapr.Runtime;
using Microsoft.AspNetCore.WebUtilities;
using Status = Grpc.Core.Status;

namespace LocalDapr.Api.GrpcApi;

/// <summary>
/// gRPC statuses in daprd's shape: the status code and message, plus a google.rpc.Status with an ErrorInfo
/// (domain <c>dapr.io</c>) in the <c>grpc-status-details-bin</c> trailer, which the SDK's
/// <c>DaprException.TryGetExtendedErrorInfo</c> reads.
/// </summary>
public static class GrpcErrors
{
    private const string Domain = "dapr.io";
    private const string DetailsTrailer = "grpc-status-details-bin";

    public static RpcException ToRpcException(this DaprApiException error) =>
        Create(error.GrpcStatus, error.Message, new ErrorInfo { Reason = error.ErrorCode, Domain = Domain });

    /// <summary>What daprd answers for a missing or wrong <c>dapr-api-token</c> (an HTTP 401 turned into gRPC).</summary>
    public static RpcException Unauthenticated(string detail) => FromHttpStatus(StatusCodes.Status401Unauthorized, detail);

    /// <summary>daprd's conversion of an app's HTTP error status (messaging/v1 ErrorFromHTTPResponseCode).</summary>
    public static RpcException FromHttpStatus(int httpStatus, string detail)
    {
        var statusText = ReasonPhrases.GetReasonPhrase(httpStatus);
        var info = new ErrorInfo { Reason = statusText, Domain = Domain };
        info.Metadata["http.code"] = httpStatus.ToString(System.Globalization.CultureInfo.InvariantCulture);
        info.Metadata["http.error_message"] = detail.Length >= 64 ? detail[..64] : detail;
        return Create(CodeFromHttpStatus(httpStatus), statusText, info);
    }

    public static StatusCode CodeFromHttpStatus(int httpStatus) => httpStatus switch
    {
        >= 200 and < 300 => StatusCode.OK,
        StatusCodes.Status408RequestTimeout => StatusCode.Cancelled,
        StatusCodes.Status400BadRequest => StatusCode.Internal,
        StatusCodes.Status504GatewayTimeout => StatusCode.DeadlineExceeded,
        StatusCodes.Status404NotFound => StatusCode.NotFound,
        StatusCodes.Status409Conflict => StatusCode.AlreadyExists,
        StatusCodes.Status403Forbidden => StatusCode.PermissionDenied,
        StatusCodes.Status401Unauthorized => StatusCode.Unauthenticated,
        StatusCodes.Status429TooManyRequests => StatusCode.ResourceExhausted,
        StatusCodes.Status501NotImplemented => StatusCode.Unimplemented,
        StatusCodes.Status503ServiceUnavailable => StatusCode.Unavailable,
        _ => StatusCode.Unknown,
    };

    private static RpcException Create(StatusCode code, string message, ErrorInfo info)
    {
        var details = new Google.Rpc.Status { Code = (int)code, Message = message, Details = { Any.Pack(info) } };
        var trailers = new Metadata { { DetailsTrailer, details.ToByteArray() } };
        return new RpcException(new Status(code, message), trailers);
    }
}
