using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.RegularExpressions;
using PurchasePlatform.Gateway.Requests;

namespace PurchasePlatform.Gateway.FlashSale;

/// <summary>Reading and checking what a caller sent, with the seed's <c>{"error": ...}</c> message for anything wrong.</summary>
internal static partial class FlashSaleInput
{
    public const string IdempotencyKeyHeader = "x-idempotency-key";
    public const int MaxIdempotencyKeyLength = 100;
    public const string ProductIdRule = "productId must be 1 to 100 characters of letters, digits, '.', '_' or '-'";

    public static bool IsProductId([NotNullWhen(true)] string? productId) => productId is not null && ProductIdPattern().IsMatch(productId);

    /// <summary>Order ids are GUIDs today; anything of the product-id alphabet is passed on so that Inventory decides.</summary>
    public static bool IsOrderId([NotNullWhen(true)] string? orderId) => IsProductId(orderId);

    public static bool IsIdempotencyKey(string key) => IdempotencyKeys.IsWellFormed(key, MaxIdempotencyKeyLength);

    /// <summary>The JSON body as <typeparamref name="T"/>, or the error to answer.</summary>
    public static async Task<(T? Body, string? Error)> ReadJsonAsync<T>(HttpRequest request, CancellationToken cancellationToken)
        where T : class
    {
        if (!request.HasJsonContentType())
        {
            return (null, "Request body must be JSON (Content-Type: application/json)");
        }

        try
        {
            var body = await request.ReadFromJsonAsync<T>(cancellationToken);
            return body is null ? (null, "Request body must be a JSON object") : (body, null);
        }
        catch (JsonException)
        {
            return (null, "Request body is not valid JSON for this request");
        }
    }

    [GeneratedRegex("^[A-Za-z0-9._-]{1,100}$")]
    private static partial Regex ProductIdPattern();
}
