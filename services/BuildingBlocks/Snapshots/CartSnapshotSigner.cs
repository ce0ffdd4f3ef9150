using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace PurchasePlatform.BuildingBlocks.Snapshots;

/// <summary>
/// Signs and checks cart snapshots: the signature is the lowercase hex HMAC-SHA256, keyed with the UTF-8 bytes of
/// the shared secret (<c>cart:snapshotSecret</c> in the secret store, seed 004's CART_SNAPSHOT_SECRET), of the
/// <see cref="CanonicalJson"/> form of the snapshot's JSON object without its <c>signature</c> member.
/// Checking works on the JSON as received, so a member added, removed or changed anywhere breaks the signature.
/// </summary>
public static class CartSnapshotSigner
{
    public static CartSnapshot Sign(CartSnapshot snapshot, string secret)
    {
        var unsigned = CartSnapshotJson.ToNode(snapshot with { Signature = null });
        return snapshot with { Signature = Compute(unsigned, secret) };
    }

    /// <summary>The canonical text that is signed: the snapshot without its signature.</summary>
    public static string CanonicalForm(JsonObject snapshot)
    {
        var copy = snapshot.DeepClone().AsObject();
        copy.Remove(CartSnapshotJson.SignatureMember);
        return CanonicalJson.Serialize(copy);
    }

    public static bool IsValid(CartSnapshot snapshot, string secret) => IsValid(CartSnapshotJson.ToNode(snapshot), secret);

    /// <summary>True when <paramref name="snapshotJson"/> is a JSON object whose <c>signature</c> matches the rest of it.</summary>
    public static bool IsValid(string snapshotJson, string secret)
    {
        try
        {
            return JsonNode.Parse(snapshotJson, documentOptions: new JsonDocumentOptions { AllowDuplicateProperties = false }) is JsonObject node
                && IsValid(node, secret);
        }
        catch (JsonException)
        {
            return false;
        }
    }

    public static bool IsValid(JsonObject snapshot, string secret)
    {
        if (!snapshot.TryGetPropertyValue(CartSnapshotJson.SignatureMember, out var signatureNode)
            || signatureNode is not JsonValue signatureValue
            || !signatureValue.TryGetValue<string>(out var signature)
            || !TryParseHex(signature, out var given))
        {
            return false;
        }

        try
        {
            var expected = Hmac(CanonicalForm(snapshot), secret);
            return CryptographicOperations.FixedTimeEquals(expected, given);
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException or InvalidOperationException)
        {
            return false;
        }
    }

    private static string Compute(JsonObject unsigned, string secret) =>
        Convert.ToHexStringLower(Hmac(CanonicalForm(unsigned), secret));

    private static byte[] Hmac(string canonical, string secret)
    {
        ArgumentException.ThrowIfNullOrEmpty(secret);
        return HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(canonical));
    }

    private static bool TryParseHex(string text, out byte[] bytes)
    {
        bytes = [];
        if (text.Length != HMACSHA256.HashSizeInBytes * 2)
        {
            return false;
        }

        try
        {
            bytes = Convert.FromHexString(text);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
