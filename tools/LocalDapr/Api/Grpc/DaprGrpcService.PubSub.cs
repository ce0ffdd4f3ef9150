using Dapr.Client.Autogen.Grpc.v1;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using LocalDapr.Runtime;

namespace LocalDapr.Api.GrpcApi;

/// <summary>The publish RPCs. Like daprd's gRPC API the data content type is passed on as sent (the CloudEvent
/// defaults an empty one to text/plain; the .NET SDK always sends application/json with data).</summary>
public sealed partial class DaprGrpcService
{
    private const string PublishFailedCode = "ERR_PUBSUB_PUBLISH_MESSAGE";

    internal async Task<Empty> PublishEventAsync(AppSidecar sidecar, PublishEventRequest request, ServerCallContext context)
    {
        var (traceParent, traceState) = TraceContext(context);
        await sidecar.Publisher.PublishAsync(request.PubsubName, request.Topic, request.Data.ToByteArray(), NullIfEmpty(request.DataContentType),
            request.Metadata, traceParent, traceState, context.CancellationToken);
        return new Empty();
    }

    /// <summary>
    /// Publishes entry by entry. Request validation and envelope errors fail the call, as in daprd; an entry the
    /// component rejects is reported in <c>failed_entries</c> and the others still go out.
    /// </summary>
    internal async Task<BulkPublishResponse> BulkPublishEventAsync(AppSidecar sidecar, BulkPublishRequest request, ServerCallContext context)
    {
        var entryIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in request.Entries)
        {
            if (entry.EntryId.Length == 0 || !entryIds.Add(entry.EntryId))
            {
                throw new DaprApiException("ERR_PUBSUB_EVENTS_SER",
                    $"error marshaling events to bytes for topic {request.Topic} pubsub {request.PubsubName}. error: entryId is duplicated or not present for entry",
                    StatusCodes.Status400BadRequest, StatusCode.InvalidArgument);
            }
        }

        sidecar.Publisher.EnsureMayPublish(request.PubsubName, request.Topic);
        var (traceParent, traceState) = TraceContext(context);
        var response = new BulkPublishResponse();
        foreach (var entry in request.Entries)
        {
            // Entry metadata overrides request metadata.
            var metadata = new Dictionary<string, string>(request.Metadata, StringComparer.Ordinal);
            foreach (var (key, value) in entry.Metadata) metadata[key] = value;
            try
            {
                await sidecar.Publisher.PublishAsync(request.PubsubName, request.Topic, entry.Event.ToByteArray(), NullIfEmpty(entry.ContentType),
                    metadata, traceParent, traceState, context.CancellationToken);
            }
            catch (DaprApiException error) when (error.ErrorCode == PublishFailedCode)
            {
                response.FailedEntries.Add(new BulkPublishResponseFailedEntry { EntryId = entry.EntryId, Error = error.Message });
            }
        }

        return response;
    }

    private static (string? TraceParent, string? TraceState) TraceContext(ServerCallContext context) =>
        (NullIfEmpty(context.RequestHeaders.GetValue("traceparent")), NullIfEmpty(context.RequestHeaders.GetValue("tracestate")));
}
