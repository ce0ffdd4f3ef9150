using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace EndToEnd.Tests.Shop;

/// <summary>One answer as a client sees it: the status, the JSON body (empty object when there is none) and the headers.</summary>
public sealed record Answer(HttpStatusCode Status, JsonElement Body, HttpResponseHeaders Headers, HttpContentHeaders ContentHeaders, byte[] Bytes)
{
    /// <summary>The 003 envelope's <c>data</c>.</summary>
    public JsonElement Data => Body.TryGetProperty("data", out var data) ? data : throw new InvalidOperationException($"{(int)Status} without data: {Body}");

    /// <summary>The first error's code in the 003 envelope.</summary>
    public string? ErrorCode => Body.TryGetProperty("errors", out var errors) && errors.GetArrayLength() > 0 ? errors[0].GetProperty("code").GetString() : null;

    public string? ErrorField => Body.TryGetProperty("errors", out var errors) && errors.GetArrayLength() > 0 && errors[0].TryGetProperty("field", out var fieldName)
        ? fieldName.GetString()
        : null;

    public string? Header(string name) =>
        Headers.TryGetValues(name, out var values) || ContentHeaders.TryGetValues(name, out values) ? values.FirstOrDefault() : null;

    public override string ToString() => $"{(int)Status} {Body}";
}

/// <summary>Seed 003's shop routes as a client calls them through the gateway (or, for internal routes, the gateway's sidecar).</summary>
public sealed class ShopCalls(HttpClient client)
{
    public async Task<Answer> SendAsync(HttpMethod method, string path, string? token = null, object? body = null,
        IReadOnlyDictionary<string, string>? headers = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null) request.Content = JsonContent.Create(body);
        if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        foreach (var (name, value) in headers ?? new Dictionary<string, string>()) request.Headers.TryAddWithoutValidation(name, value);
        using var response = await client.SendAsync(request);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var text = System.Text.Encoding.UTF8.GetString(bytes);
        var json = text.TrimStart().StartsWith('{') ? JsonDocument.Parse(text).RootElement.Clone() : JsonDocument.Parse("{}").RootElement.Clone();
        return new Answer(response.StatusCode, json, response.Headers, response.Content.Headers, bytes);
    }

    public Task<Answer> GetAsync(string path, string? token = null, IReadOnlyDictionary<string, string>? headers = null) =>
        SendAsync(HttpMethod.Get, path, token, null, headers);

    public Task<Answer> PostAsync(string path, string? token, object? body = null, IReadOnlyDictionary<string, string>? headers = null) =>
        SendAsync(HttpMethod.Post, path, token, body ?? new { }, headers);

    public Task<Answer> PutAsync(string path, string? token, object body) => SendAsync(HttpMethod.Put, path, token, body);

    public Task<Answer> DeleteAsync(string path, string? token) => SendAsync(HttpMethod.Delete, path, token);

    /// <summary>Active products with <paramref name="minStock"/> to <paramref name="maxStock"/> in stock, from one page of the list sorted by name.</summary>
    public async Task<IReadOnlyList<JsonElement>> ProductsInStockAsync(int pageNumber, int count, int minStock = 20, string filter = "", int maxStock = int.MaxValue)
    {
        var page = await GetAsync($"api/v1/products?sortBy=name&sortOrder=asc&pageNumber={pageNumber}&pageSize=20{filter}");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        var products = page.Data.GetProperty("items").EnumerateArray().Where(p => p.GetProperty("stock").GetInt32() >= minStock && p.GetProperty("stock").GetInt32() <= maxStock).Take(count).ToList();
        Assert.True(products.Count == count, $"only {products.Count} products with stock {minStock} to {maxStock} on page {pageNumber}");
        return products;
    }

    /// <summary>Puts these products in the customer's cart (quantity each) and returns the cart.</summary>
    public async Task<JsonElement> FillCartAsync(string token, params (string ProductId, int Quantity)[] lines)
    {
        foreach (var (productId, quantity) in lines)
        {
            var added = await PostAsync("api/v1/cart/items", token, new { productId, quantity });
            Assert.True(added.Status == HttpStatusCode.Created, added.ToString());
        }

        var cart = await GetAsync("api/v1/cart", token);
        Assert.Equal(HttpStatusCode.OK, cart.Status);
        return cart.Data;
    }

    /// <summary>Places an order from the customer's cart, as <c>POST /api/v1/orders</c>.</summary>
    public async Task<JsonElement> PlaceOrderAsync(string token, string? idempotencyKey = null, object? body = null)
    {
        var placed = await PostAsync("api/v1/orders", token, body ?? new { notes = "e2e" },
            idempotencyKey is null ? null : new Dictionary<string, string> { ["Idempotency-Key"] = idempotencyKey });
        Assert.True(placed.Status == HttpStatusCode.Created, placed.ToString());
        return placed.Data;
    }

    public static Dictionary<string, string> Key(string idempotencyKey) => new() { ["Idempotency-Key"] = idempotencyKey };

    /// <summary>The category tree's roots, as <c>GET /api/v1/categories</c> answers them.</summary>
    public async Task<IReadOnlyList<JsonElement>> CategoryTreeAsync()
    {
        var answer = await GetAsync("api/v1/categories");
        Assert.Equal(HttpStatusCode.OK, answer.Status);
        return answer.Data.EnumerateArray().ToList();
    }

    /// <summary>The id of the first category without children: where a test's new product goes.</summary>
    public async Task<string> LeafCategoryIdAsync() =>
        (await CategoryTreeAsync()).SelectMany(Subtree).First(c => c.GetProperty("children").GetArrayLength() == 0).GetProperty("id").GetString()!;

    /// <summary>A category and all its descendants.</summary>
    public static IEnumerable<JsonElement> Subtree(JsonElement category) =>
        new[] { category }.Concat(category.GetProperty("children").EnumerateArray().SelectMany(Subtree));
}
