using System.Text.Json.Nodes;

namespace PurchasePlatform.Catalog.Tests.Infrastructure;

public static class Json
{
    public static async Task<JsonNode> BodyAsync(this HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

    public static List<JsonNode> Items(this JsonNode data) => data["items"]!.AsArray().Select(item => item!).ToList();

    public static string Str(this JsonNode node, string name) => node[name]!.GetValue<string>();
}
