using System.Net.Http.Headers;

namespace LocalDapr.Runtime;

/// <summary>
/// Service invocation: forwards a call from one app's sidecar to another app over HTTP, as daprd's direct
/// messaging does — verb, path, query, headers and body kept; <c>dapr-caller-app-id</c> and
/// <c>dapr-callee-app-id</c> added; the callee's <c>APP_API_TOKEN</c> sent as <c>dapr-api-token</c>; the app
/// resiliency policy applied.
/// </summary>
public sealed class InvocationForwarder(SidecarRegistry registry, ResiliencyResolver resiliency, IHttpClientFactory httpClients)
{
    public const string HttpClientName = "app-channel";

    private static readonly HashSet<string> HopByHopHeaders = new(StringComparer.OrdinalIgnoreCase)
    {
        "Connection", "Keep-Alive", "Proxy-Connection", "Transfer-Encoding", "Upgrade", "TE", "Trailer", "Host",
        "dapr-api-token", "dapr-app-id", "Content-Length",
    };

    public sealed record InvocationRequest(
        HttpMethod Method,
        string PathAndQuery,
        IEnumerable<KeyValuePair<string, IEnumerable<string>>> Headers,
        byte[] Body,
        string? ContentType);

    /// <summary>The target's response; the caller disposes it.</summary>
    public async Task<HttpResponseMessage> InvokeAsync(AppSidecar caller, string targetAppId, InvocationRequest request, CancellationToken cancellationToken)
    {
        var target = registry.ByAppId(targetAppId)
            ?? throw DaprErrors.InvokeFailed(targetAppId, $"app id {targetAppId} is not part of this run");
        var baseAddress = target.AppBaseAddress
            ?? throw DaprErrors.InvokeFailed(targetAppId, $"app {targetAppId} has no app port, so it cannot be invoked");

        var policy = resiliency.ForApp(caller.AppId, targetAppId);
        var client = httpClients.CreateClient(HttpClientName);
        try
        {
            return await policy.ExecuteAsync(
                ct => client.SendAsync(Build(caller, target, baseAddress, request), HttpCompletionOption.ResponseHeadersRead, ct),
                response => (int)response.StatusCode >= 400 && policy.Retry.MatchesHttpStatus((int)response.StatusCode),
                cancellationToken);
        }
        catch (CircuitBreakerOpenException)
        {
            throw DaprErrors.InvokeFailed(targetAppId, "circuit breaker is open");
        }
        catch (HttpRequestException ex)
        {
            throw DaprErrors.InvokeFailed(targetAppId, ex.Message);
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw DaprErrors.InvokeFailed(targetAppId, "timeout waiting for the app's response");
        }
    }

    private static HttpRequestMessage Build(AppSidecar caller, AppSidecar target, Uri baseAddress, InvocationRequest request)
    {
        var message = new HttpRequestMessage(request.Method, new Uri(baseAddress, request.PathAndQuery.TrimStart('/')));
        if (request.Body.Length > 0 || request.Method != HttpMethod.Get)
        {
            message.Content = new ByteArrayContent(request.Body);
            if (request.ContentType is not null && MediaTypeHeaderValue.TryParse(request.ContentType, out var contentType))
                message.Content.Headers.ContentType = contentType;
        }

        foreach (var (name, values) in request.Headers)
        {
            if (HopByHopHeaders.Contains(name) || name.Equals("Content-Type", StringComparison.OrdinalIgnoreCase)) continue;
            if (!message.Headers.TryAddWithoutValidation(name, values)) message.Content?.Headers.TryAddWithoutValidation(name, values);
        }

        message.Headers.Remove("dapr-caller-app-id");
        message.Headers.Remove("dapr-callee-app-id");
        message.Headers.TryAddWithoutValidation("dapr-caller-app-id", caller.AppId);
        message.Headers.TryAddWithoutValidation("dapr-callee-app-id", target.AppId);
        if (target.AppApiToken is not null) message.Headers.TryAddWithoutValidation("dapr-api-token", target.AppApiToken);
        return message;
    }
}
