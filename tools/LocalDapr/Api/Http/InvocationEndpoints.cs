using LocalDapr.Runtime;

namespace LocalDapr.Api.Http;

/// <summary>HTTP service invocation: <c>/v1.0/invoke/{appId}/method/{*method}</c> and the <c>dapr-app-id</c> header.</summary>
public sealed class InvocationEndpoints(InvocationForwarder forwarder)
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.Map("/v1.0/invoke/{appId}/method/{**method}", (HttpContext context, string appId, string? method, InvocationEndpoints self) =>
            self.ForwardAsync(context, appId, "/" + (method ?? "") + context.Request.QueryString));
    }

    public async Task ForwardAsync(HttpContext context, string appId, string pathAndQuery)
    {
        if (string.IsNullOrEmpty(appId)) throw DaprErrors.InvokeNoAppId();
        var caller = context.Sidecar();
        var body = await context.Request.ReadBodyAsync(context.RequestAborted);
        var request = new InvocationForwarder.InvocationRequest(
            new HttpMethod(context.Request.Method),
            pathAndQuery,
            context.Request.Headers.Select(h => new KeyValuePair<string, IEnumerable<string>>(h.Key, h.Value.Select(v => v ?? ""))),
            body,
            context.Request.ContentType);

        using var response = await forwarder.InvokeAsync(caller, appId, request, context.RequestAborted);
        context.Response.StatusCode = (int)response.StatusCode;
        foreach (var (name, values) in response.Headers.Concat(response.Content.Headers))
        {
            if (name.Equals("Transfer-Encoding", StringComparison.OrdinalIgnoreCase)) continue;
            context.Response.Headers[name] = values.ToArray();
        }

        await response.Content.CopyToAsync(context.Response.Body, context.RequestAborted);
    }
}
