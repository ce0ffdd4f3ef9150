using System.Net;
using System.Text.Json;
using Yarp.ReverseProxy.Transforms;

namespace PurchasePlatform.Gateway.Routing;

/// <summary>
/// Tells a sidecar that could not deliver the call — daprd's (and LocalDapr's) 500 with
/// <c>{"errorCode":"ERR_DIRECT_INVOKE",...}</c> when the app is down or unknown — from the app's own 500, which
/// passes through unchanged. A detected failure's body is dropped and <see cref="ProxyFailureMiddleware"/> answers 503.
/// </summary>
internal static class DaprInvocationFailure
{
    private const string DirectInvokeErrorCode = "ERR_DIRECT_INVOKE";

    // Dapr's error bodies are one short line; anything longer is the app's own answer and is not buffered to look at.
    private const long MaxDaprErrorBodyBytes = 16 * 1024;

    private static readonly object ItemKey = new();

    public static async ValueTask DetectAsync(ResponseTransformContext transform, string appId)
    {
        if (transform.ProxyResponse is not { StatusCode: HttpStatusCode.InternalServerError } response
            || response.Content.Headers.ContentType?.MediaType != "application/json"
            || response.Content.Headers.ContentLength > MaxDaprErrorBodyBytes)
        {
            return;
        }

        // Buffered, so that when it is the app's own 500 YARP still copies the whole body to the client.
        await response.Content.LoadIntoBufferAsync(transform.CancellationToken);
        var body = await response.Content.ReadAsByteArrayAsync(transform.CancellationToken);
        if (DirectInvokeErrorMessage(body) is { } message)
        {
            transform.SuppressResponseBody = true;
            transform.HttpContext.Items[ItemKey] = new UnreachableApp(appId, message);
        }
    }

    /// <summary>The app the sidecar could not reach on this request and what it said, or null.</summary>
    public static UnreachableApp? Of(HttpContext context) =>
        context.Items.TryGetValue(ItemKey, out var value) ? value as UnreachableApp : null;

    private static string? DirectInvokeErrorMessage(byte[] body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("errorCode", out var code)
                || code.ValueKind != JsonValueKind.String
                || code.GetString() != DirectInvokeErrorCode)
            {
                return null;
            }

            return root.TryGetProperty("message", out var message) && message.ValueKind == JsonValueKind.String ? message.GetString() : DirectInvokeErrorCode;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    internal sealed record UnreachableApp(string AppId, string? DaprMessage);
}
