using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;
using PurchasePlatform.BuildingBlocks.Errors;

namespace PurchasePlatform.Orders.Infrastructure.Cart;

/// <summary>Calls the cart app through Dapr service invocation; Cart answers errors as ProblemDetails (title, detail, code).</summary>
public sealed class DaprCartSnapshotSource(HttpClient http, ILogger<DaprCartSnapshotSource> logger) : ICartSnapshotSource
{
    public async Task<CartSnapshotAnswer> TakeAsync(string userId, string? bearerToken, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"internal/carts/{Uri.EscapeDataString(userId)}/snapshot");
        if (bearerToken is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearerToken);
        }

        try
        {
            using var response = await http.SendAsync(request, cancellationToken);
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            var json = body.Length == 0 ? null : JsonNode.Parse(body) as JsonObject;
            if (response.IsSuccessStatusCode && json is not null)
            {
                return CartSnapshotAnswer.Taken(json);
            }

            var code = json?["code"]?.GetValue<string>() ?? (response.StatusCode == HttpStatusCode.NotFound ? ErrorCodes.NotFound : ErrorCodes.BadRequest);
            var message = json?["detail"]?.GetValue<string>() ?? json?["title"]?.GetValue<string>() ?? "The cart could not be checked out";
            return new CartSnapshotAnswer(null, (int)response.StatusCode, code, message);
        }
        catch (Exception ex) when (ex is HttpRequestException or JsonException or InvalidOperationException
                                       or TaskCanceledException { InnerException: TimeoutException })
        {
            logger.LogWarning(ex, "Taking the cart snapshot of {UserId} failed", userId);
            return new CartSnapshotAnswer(null, StatusCodes.Status503ServiceUnavailable, ErrorCodes.ServiceUnavailable, "The cart service is unavailable");
        }
    }
}
