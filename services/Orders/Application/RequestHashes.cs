using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using PurchasePlatform.BuildingBlocks.Snapshots;

namespace PurchasePlatform.Orders.Application;

/// <summary>The hash that tells whether a retried request is the same request: member order and whitespace do not count.</summary>
public static class RequestHashes
{
    public static string Of(JsonNode? body)
    {
        string canonical;
        try
        {
            canonical = CanonicalJson.Serialize(body);
        }
        catch (FormatException)
        {
            // Fractional numbers (seed 002's prices) have no canonical form here; the text as parsed still compares.
            canonical = body?.ToJsonString() ?? "null";
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }
}
