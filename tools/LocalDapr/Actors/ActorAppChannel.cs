using System.Net.Http.Headers;
using LocalDapr.Runtime;

namespace LocalDapr.Actors;

/// <summary>Calls an app's actor routes (<c>/actors/...</c>) over the shared app channel, with the app's token.</summary>
public sealed class ActorAppChannel(IHttpClientFactory httpClients)
{
    private static readonly HashSet<string> NotForwarded = new(StringComparer.OrdinalIgnoreCase)
    {
        "Connection", "Keep-Alive", "Proxy-Connection", "Transfer-Encoding", "Upgrade", "TE", "Trailer", "Host",
        "dapr-api-token", "Content-Length", "Content-Type",
    };

    public sealed record Call(HttpMethod Method, string Path, IEnumerable<KeyValuePair<string, IEnumerable<string>>> Headers, byte[]? Body, string? ContentType);

    /// <summary>The app's whole response, read before returning (the actor's turn lasts until then).</summary>
    public async Task<HttpResponseMessage> SendAsync(AppSidecar app, Call call, CancellationToken cancellationToken)
    {
        var baseAddress = app.AppBaseAddress ?? throw ActorErrors.Invoke($"app {app.AppId} has no app port");
        using var request = new HttpRequestMessage(call.Method, new Uri(baseAddress, call.Path.TrimStart('/')));
        if (call.Body is not null)
        {
            request.Content = new ByteArrayContent(call.Body);
            if (call.ContentType is not null && MediaTypeHeaderValue.TryParse(call.ContentType, out var type)) request.Content.Headers.ContentType = type;
        }

        foreach (var (name, values) in call.Headers)
        {
            if (NotForwarded.Contains(name)) continue;
            if (!request.Headers.TryAddWithoutValidation(name, values)) request.Content?.Headers.TryAddWithoutValidation(name, values);
        }

        if (app.AppApiToken is not null) request.Headers.TryAddWithoutValidation("dapr-api-token", app.AppApiToken);
        var client = httpClients.CreateClient(InvocationForwarder.HttpClientName);
        try
        {
            var response = await client.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken);
            return response;
        }
        catch (HttpRequestException ex)
        {
            throw ActorErrors.Invoke(ex.Message);
        }
    }

    public static string ActorPath(ActorKey actor) => $"/actors/{Uri.EscapeDataString(actor.Type)}/{Uri.EscapeDataString(actor.Id)}";
}
