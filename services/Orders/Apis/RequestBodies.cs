using System.Text.Json;
using System.Text.Json.Nodes;

namespace PurchasePlatform.Orders.Apis;

internal static class RequestBodies
{
    /// <returns>The body as a JSON object, or null when it is empty or not one.</returns>
    public static async Task<JsonObject?> ReadObjectAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        try
        {
            return await JsonNode.ParseAsync(request.Body, documentOptions: new JsonDocumentOptions { AllowDuplicateProperties = false },
                cancellationToken: cancellationToken) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
