using System.Globalization;
using Dapr.Client.Autogen.Grpc.v1;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using LocalDapr.Runtime;

namespace LocalDapr.Api.GrpcApi;

/// <summary>
/// The deprecated InvokeService RPC, gRPC caller to HTTP app, as daprd does it: verb (required) and query string
/// from the HTTP extension, the body from <c>data.value</c>, the call metadata as headers; the app's status in the
/// <c>dapr-http-status</c> header and an error status for a non-2xx answer.
/// </summary>
public sealed partial class DaprGrpcService
{
    private const string HttpStatusHeader = "dapr-http-status";

    internal async Task<InvokeResponse> InvokeServiceAsync(AppSidecar sidecar, InvokeServiceRequest request, ServerCallContext context)
    {
        var forwarder = context.GetHttpContext().RequestServices.GetRequiredService<InvocationForwarder>();
        var message = request.Message ?? new InvokeRequest();
        var query = message.HttpExtension?.Querystring is { Length: > 0 } queryString ? "?" + queryString.TrimStart('?') : "";
        var invocation = new InvocationForwarder.InvocationRequest(
            Verb(request.Id, message.HttpExtension),
            "/" + message.Method.TrimStart('/') + query,
            context.RequestHeaders.Where(ForwardsAsHeader).Select(h => new KeyValuePair<string, IEnumerable<string>>(h.Key, [h.Value])),
            message.Data?.Value.ToByteArray() ?? [],
            NullIfEmpty(message.ContentType));

        using var response = await forwarder.InvokeAsync(sidecar, request.Id, invocation, context.CancellationToken);
        var body = await response.Content.ReadAsByteArrayAsync(context.CancellationToken);
        var status = (int)response.StatusCode;
        await context.WriteResponseHeadersAsync(new Metadata { { HttpStatusHeader, status.ToString(CultureInfo.InvariantCulture) } });
        if (status is < 200 or >= 300) throw GrpcErrors.FromHttpStatus(status, System.Text.Encoding.UTF8.GetString(body));

        return new InvokeResponse
        {
            Data = new Any { Value = ByteString.CopyFrom(body) },
            ContentType = response.Content.Headers.ContentType?.ToString() ?? "",
        };
    }

    /// <summary>An HTTP app needs a verb: daprd refuses a call without one (as the SDK's InvokeMethodGrpcAsync sends).</summary>
    private static HttpMethod Verb(string appId, HTTPExtension? extension) => extension switch
    {
        null => throw DaprErrors.InvokeFailed(appId, "rpc error: code = InvalidArgument desc = missing HTTP extension field"),
        { Verb: HTTPExtension.Types.Verb.None or HTTPExtension.Types.Verb.Connect } =>
            throw DaprErrors.InvokeFailed(appId, "rpc error: code = InvalidArgument desc = invalid HTTP verb"),
        _ => new HttpMethod(extension.Verb.ToString().ToUpperInvariant()),
    };

    private static bool ForwardsAsHeader(Metadata.Entry entry) =>
        !entry.IsBinary
        && !entry.Key.StartsWith("grpc-", StringComparison.Ordinal)
        && !entry.Key.StartsWith(':')
        && entry.Key is not ("te" or "content-type" or "user-agent" or ApiTokenHeader);
}
