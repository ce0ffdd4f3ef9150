using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using PurchasePlatform.BuildingBlocks.Snapshots;

namespace PurchasePlatform.BuildingBlocks.Tests.Snapshots;

public sealed class CartSnapshotSignerTests
{
    private static JsonObject SignedJson() => CartSnapshotJson.ToNode(CartSnapshotSigner.Sign(SnapshotSamples.Unsigned(), SnapshotSamples.Secret));

    [Fact]
    public void A_signed_snapshot_verifies_as_a_record_and_as_json_text()
    {
        var signed = CartSnapshotSigner.Sign(SnapshotSamples.Unsigned(), SnapshotSamples.Secret);

        Assert.Matches("^[0-9a-f]{64}$", signed.Signature);
        Assert.True(CartSnapshotSigner.IsValid(signed, SnapshotSamples.Secret));
        Assert.True(CartSnapshotSigner.IsValid(JsonSerializer.Serialize(signed, CartSnapshotJson.Options), SnapshotSamples.Secret));
    }

    [Fact]
    public void The_signature_is_the_hmac_of_the_documented_canonical_form()
    {
        // One line in the canonical form; split here for reading.
        var canonical = """
            {"cartId":"0b7e2d44-1c5a-4e8f-b6d2-93a1f0c4e7aa","cartVersion":5,"createdAt":"2024-01-01T00:05:00.123Z","currency":"USD",
            "items":[{"imageUrl":"https://cdn.example.com/wh-001.jpg","itemId":"cart-item-001","lineTotalCents":59998,"productId":"prod-001","quantity":2,"sku":"WH-001","title":"Wireless Headphones","unitPriceCents":29999},
            {"imageUrl":null,"itemId":"cart-item-002","lineTotalCents":39999,"productId":"prod-002","quantity":1,"sku":null,"title":"Smart \"Watch\"\n","unitPriceCents":39999}],
            "pricingSnapshot":{"couponCode":"SAVE20","discountCents":19999,"discountType":"percentage","discountValue":2000,
            "priceChanges":[{"currentUnitPriceCents":39999,"previousUnitPriceCents":42999,"productId":"prod-002"}],
            "roundingRule":"half-away-from-zero to the cent","subtotalCents":99997,"taxCents":6400,"taxRateBasisPoints":800,"taxableCents":79998,"totalCents":86398},
            "snapshotId":"6f1c1a52-8d3e-4f57-9a43-2b8c7a0e5d11","totals":{"currency":"USD","itemCount":2,"subtotalCents":99997,"totalQuantity":3},
            "userId":"123e4567-e89b-12d3-a456-426614174000"}
            """.ReplaceLineEndings("");
        var expected = Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(SnapshotSamples.Secret), Encoding.UTF8.GetBytes(canonical)));

        var signed = SignedJson();

        Assert.Equal(canonical, CartSnapshotSigner.CanonicalForm(signed));
        Assert.Equal(expected, signed["signature"]!.GetValue<string>());
    }

    public static TheoryData<string> LeafPaths()
    {
        var paths = new TheoryData<string>();
        foreach (var path in Leaves(SignedJson()).Where(path => path != "signature"))
        {
            paths.Add(path);
        }

        return paths;
    }

    [Theory]
    [MemberData(nameof(LeafPaths))]
    public void Changing_any_field_breaks_the_signature(string path)
    {
        var snapshot = SignedJson();
        var (parent, member) = Locate(snapshot, path);
        parent[member] = Changed(parent[member]);

        Assert.False(CartSnapshotSigner.IsValid(snapshot, SnapshotSamples.Secret));
        Assert.False(CartSnapshotSigner.IsValid(snapshot.ToJsonString(), SnapshotSamples.Secret));
    }

    [Theory]
    [MemberData(nameof(LeafPaths))]
    public void Removing_any_field_breaks_the_signature(string path)
    {
        var snapshot = SignedJson();
        var (parent, member) = Locate(snapshot, path);
        parent.Remove(member);

        Assert.False(CartSnapshotSigner.IsValid(snapshot, SnapshotSamples.Secret));
    }

    [Theory]
    [InlineData("")]
    [InlineData("totals")]
    [InlineData("pricingSnapshot")]
    [InlineData("items.0")]
    public void Adding_a_field_anywhere_breaks_the_signature(string path)
    {
        var snapshot = SignedJson();
        var target = path.Length == 0 ? snapshot : Navigate(snapshot, path).AsObject();
        target["extra"] = 0;

        Assert.False(CartSnapshotSigner.IsValid(snapshot, SnapshotSamples.Secret));
    }

    [Fact]
    public void Adding_or_reordering_items_breaks_the_signature()
    {
        var reordered = SignedJson();
        var items = reordered["items"]!.AsArray();
        var first = items[0]!.DeepClone();
        items.RemoveAt(0);
        items.Add(first);
        var duplicated = SignedJson();
        duplicated["items"]!.AsArray().Add(duplicated["items"]![0]!.DeepClone());

        Assert.False(CartSnapshotSigner.IsValid(reordered, SnapshotSamples.Secret));
        Assert.False(CartSnapshotSigner.IsValid(duplicated, SnapshotSamples.Secret));
    }

    [Fact]
    public void The_order_of_members_in_the_json_text_does_not_matter()
    {
        var signed = SignedJson();
        var reversed = new JsonObject(signed.Reverse().Select(member => KeyValuePair.Create(member.Key, member.Value?.DeepClone())).ToList());

        Assert.NotEqual(signed.ToJsonString(), reversed.ToJsonString());
        Assert.True(CartSnapshotSigner.IsValid(reversed.ToJsonString(), SnapshotSamples.Secret));
    }

    [Fact]
    public void Another_secret_does_not_verify()
    {
        Assert.False(CartSnapshotSigner.IsValid(SignedJson(), SnapshotSamples.Secret + "x"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not-hex")]
    [InlineData("abcd")]
    public void A_missing_or_malformed_signature_does_not_verify(string? signature)
    {
        var snapshot = SignedJson();
        snapshot["signature"] = signature;

        Assert.False(CartSnapshotSigner.IsValid(snapshot, SnapshotSamples.Secret));
    }

    [Fact]
    public void The_signature_in_upper_case_hex_still_verifies()
    {
        var snapshot = SignedJson();
        snapshot["signature"] = snapshot["signature"]!.GetValue<string>().ToUpperInvariant();

        Assert.True(CartSnapshotSigner.IsValid(snapshot, SnapshotSamples.Secret));
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("[]")]
    [InlineData("""{"signature":"00"}""")]
    public void Text_that_is_no_snapshot_does_not_verify(string text) =>
        Assert.False(CartSnapshotSigner.IsValid(text, SnapshotSamples.Secret));

    [Fact]
    public void Duplicate_members_do_not_verify()
    {
        var text = SignedJson().ToJsonString();
        var duplicated = "{\"currency\":\"EUR\"," + text[1..];

        Assert.False(CartSnapshotSigner.IsValid(duplicated, SnapshotSamples.Secret));
    }

    [Fact]
    public void A_fractional_amount_does_not_verify()
    {
        var snapshot = SignedJson();
        snapshot["totals"]!["subtotalCents"] = 99997.0m;

        Assert.False(CartSnapshotSigner.IsValid(snapshot.ToJsonString(), SnapshotSamples.Secret));
    }

    [Fact]
    public void A_snapshot_read_back_into_the_record_verifies()
    {
        var read = CartSnapshotJson.Read(SignedJson());

        Assert.NotNull(read);
        Assert.Equal(SnapshotSamples.Unsigned().CreatedAt, read.CreatedAt);
        Assert.Equal(SignedJson().ToJsonString(), CartSnapshotJson.ToNode(read).ToJsonString());
        Assert.True(CartSnapshotSigner.IsValid(read, SnapshotSamples.Secret));
    }

    private static IEnumerable<string> Leaves(JsonNode? node, string prefix = "")
    {
        switch (node)
        {
            case JsonObject obj:
                return obj.SelectMany(member => Leaves(member.Value, Join(prefix, member.Key)));
            case JsonArray array:
                return array.SelectMany((item, index) => Leaves(item, Join(prefix, index.ToString(System.Globalization.CultureInfo.InvariantCulture))));
            default:
                return [prefix];
        }
    }

    private static string Join(string prefix, string name) => prefix.Length == 0 ? name : prefix + "." + name;

    private static JsonNode Navigate(JsonNode node, string path) =>
        path.Split('.').Aggregate(node, (current, step) => int.TryParse(step, out var index) && current is JsonArray array ? array[index]! : current[step]!);

    private static (JsonObject Parent, string Member) Locate(JsonObject root, string path)
    {
        var cut = path.LastIndexOf('.');
        var parent = cut < 0 ? root : Navigate(root, path[..cut]);
        return (parent.AsObject(), path[(cut + 1)..]);
    }

    private static JsonNode? Changed(JsonNode? value) => value switch
    {
        null => JsonValue.Create("x"),
        JsonValue v when v.GetValueKind() == JsonValueKind.String => JsonValue.Create(v.GetValue<string>() + "x"),
        JsonValue v when v.GetValueKind() == JsonValueKind.Number => JsonValue.Create(v.GetValue<long>() + 1),
        _ => null,
    };
}
