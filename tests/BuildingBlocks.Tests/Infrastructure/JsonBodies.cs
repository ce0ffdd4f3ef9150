using System.Net.Http.Json;
using System.Text.Json;

namespace PurchasePlatform.BuildingBlocks.Tests.Infrastructure;

public static class JsonBodies
{
    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response) =>
        await response.Content.ReadFromJsonAsync<JsonElement>();

    public static string MediaType(this HttpResponseMessage response) =>
        response.Content.Headers.ContentType?.MediaType ?? "";

    public static string CorrelationIdHeader(this HttpResponseMessage response) =>
        response.Headers.TryGetValues("X-Correlation-Id", out var values) ? values.Single() : "";
}
