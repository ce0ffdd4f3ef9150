using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace PurchasePlatform.Orchestrator.Steps;

/// <summary>
/// One request to another service and its answer: the status and the JSON body, or <see cref="Unreachable"/> when no
/// answer came (connection refused, timeout, a token that could not be had). 5xx, 429 and 401 count as unavailable too.
/// </summary>
public sealed record ServiceAnswer(HttpStatusCode? Status, JsonElement? Body, string? Error)
{
    public bool IsUnavailable => Status is null || (int)Status >= 500 || Status is HttpStatusCode.TooManyRequests or HttpStatusCode.Unauthorized;

    public bool IsSuccess => Status is { } status && (int)status is >= 200 and < 300;

    public string Describe(string what) => Status is null ? $"{what}: {Error}" : $"{what} answered {(int)Status}";

    public string? Text(string property) =>
        Body is { ValueKind: JsonValueKind.Object } body && body.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    public JsonElement? Property(string property) =>
        Body is { ValueKind: JsonValueKind.Object } body && body.TryGetProperty(property, out var value) ? value : null;
}

public static class ServiceCall
{
    public static async Task<ServiceAnswer> SendAsync(HttpClient http, HttpMethod method, string path, object? body, string? idempotencyKey,
        CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        if (idempotencyKey is not null)
        {
            request.Headers.TryAddWithoutValidation("Idempotency-Key", idempotencyKey);
        }

        try
        {
            using var response = await http.SendAsync(request, cancellationToken);
            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            JsonElement? json = null;
            if (text.Length > 0)
            {
                try
                {
                    json = JsonSerializer.Deserialize<JsonElement>(text);
                }
                catch (JsonException)
                {
                    json = null;
                }
            }

            return new ServiceAnswer(response.StatusCode, json, null);
        }
        catch (Exception ex) when (ex is HttpRequestException or BuildingBlocks.ServiceIdentity.ServiceTokenException
                                       || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return new ServiceAnswer(null, null, ex.GetType().Name + ": " + ex.Message);
        }
    }
}
