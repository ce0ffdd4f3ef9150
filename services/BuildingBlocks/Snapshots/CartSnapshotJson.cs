using System.Text.Json;
using System.Text.Json.Nodes;

namespace PurchasePlatform.BuildingBlocks.Snapshots;

/// <summary>How snapshots are written as JSON: camelCase members, nulls kept (they are signed too).</summary>
public static class CartSnapshotJson
{
    public const string SignatureMember = "signature";

    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static JsonObject ToNode(CartSnapshot snapshot) =>
        JsonSerializer.SerializeToNode(snapshot, Options)!.AsObject();

    /// <returns>The snapshot, or null when the text is not one.</returns>
    public static CartSnapshot? Read(JsonNode node)
    {
        try
        {
            return node.Deserialize<CartSnapshot>(Options);
        }
        catch (Exception ex) when (ex is JsonException or FormatException or InvalidOperationException)
        {
            return null;
        }
    }
}
