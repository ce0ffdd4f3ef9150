using System.Text.Json;
using LocalDapr.Runtime;

namespace LocalDapr.Api.Http;

public static class SidecarHttpContext
{
    private const string ItemKey = "localdapr.sidecar";

    public static AppSidecar Sidecar(this HttpContext context) =>
        context.Items[ItemKey] as AppSidecar ?? throw new InvalidOperationException("no sidecar resolved for this request");

    internal static void SetSidecar(this HttpContext context, AppSidecar sidecar) => context.Items[ItemKey] = sidecar;

    /// <summary>Request metadata in daprd's query form: <c>?metadata.key=value</c>.</summary>
    public static Dictionary<string, string> QueryMetadata(this HttpRequest request)
    {
        var metadata = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in request.Query)
        {
            if (key.StartsWith("metadata.", StringComparison.Ordinal)) metadata[key["metadata.".Length..]] = value.ToString();
        }

        return metadata;
    }

    public static Task WriteDaprErrorAsync(this HttpResponse response, DaprApiException error)
    {
        response.StatusCode = error.HttpStatus;
        response.ContentType = "application/json";
        return response.WriteAsync(JsonSerializer.Serialize(new { errorCode = error.ErrorCode, message = error.Message }));
    }

    public static async Task<byte[]> ReadBodyAsync(this HttpRequest request, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, cancellationToken);
        return buffer.ToArray();
    }
}
