using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PurchasePlatform.Gateway.Routing;

namespace PurchasePlatform.Gateway.Purchases;

/// <summary>What the orchestrator answered: its status and body, or <see cref="Unavailable"/> when it gave no usable answer.</summary>
internal sealed record OrchestratorAnswer(HttpStatusCode? Status, JsonElement? Body)
{
    public static readonly OrchestratorAnswer Unavailable = new(null, null);

    public bool IsUnavailable => Status is null;

    public T? Read<T>()
        where T : class => Body?.Deserialize<T>(JsonSerializerOptions.Web);

    public string? Message => Body is { ValueKind: JsonValueKind.Object } body && body.TryGetProperty("message", out var message)
        ? message.GetString()
        : null;
}

/// <summary>
/// The orchestrator's purchase API, invoked through the gateway's Dapr sidecar (app id <c>orchestrator</c>) with the
/// caller's token, which the orchestrator checks again. Never throws for a failed call.
/// </summary>
internal sealed partial class OrchestratorClient(HttpClient http, ILogger<OrchestratorClient> logger)
{
    public const string AppId = "orchestrator";

    public Task<OrchestratorAnswer> StartAsync(OrchestratorStartRequest request, string? authorization, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, "purchases", JsonContent.Create(request), authorization, cancellationToken);

    public Task<OrchestratorAnswer> GetAsync(string purchaseId, string? authorization, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Get, $"purchases/{Uri.EscapeDataString(purchaseId)}", null, authorization, cancellationToken);

    public Task<OrchestratorAnswer> CancelAsync(string purchaseId, string? authorization, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, $"purchases/{Uri.EscapeDataString(purchaseId)}/cancel", null, authorization, cancellationToken);

    private async Task<OrchestratorAnswer> SendAsync(HttpMethod method, string path, HttpContent? content, string? authorization,
        CancellationToken cancellationToken)
    {
        using var request = CallerRequests.Create(method, path, content, authorization);

        try
        {
            using var response = await http.SendAsync(request, cancellationToken);
            if ((int)response.StatusCode >= 500)
            {
                LogFailed(method.Method, path, (int)response.StatusCode);
                return OrchestratorAnswer.Unavailable;
            }

            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            return new OrchestratorAnswer(response.StatusCode, text.Length == 0 ? null : JsonSerializer.Deserialize<JsonElement>(text));
        }
        catch (Exception exception) when (exception is HttpRequestException or JsonException
                                              || (exception is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            LogUnreachable(exception, method.Method, path);
            return OrchestratorAnswer.Unavailable;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The orchestrator answered {Method} {Path} with {StatusCode}")]
    private partial void LogFailed(string method, string path, int statusCode);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Orchestrator call {Method} {Path} failed")]
    private partial void LogUnreachable(Exception exception, string method, string path);
}
