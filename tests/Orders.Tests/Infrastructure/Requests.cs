using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace PurchasePlatform.Orders.Tests.Infrastructure;

public static class Requests
{
    public static Task<HttpResponseMessage> PostWithKeyAsync(this HttpClient client, string path, JsonNode body, string? key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        if (key is not null)
        {
            request.Headers.Add("Idempotency-Key", key);
        }

        return client.SendAsync(request);
    }

    public static async Task<JsonObject> JsonAsync(this HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonObject>())!;

    public static string NewUser() => Guid.NewGuid().ToString("D");
}
