using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace PurchasePlatform.Cart.Tests.Infrastructure;

/// <summary>A user calling the cart routes with their own token.</summary>
public sealed class Shopper(HttpClient client, Guid userId)
{
    public Guid UserId { get; } = userId;

    public string Token { get; } = TestTokens.For(userId);

    public Task<HttpResponseMessage> GetCartAsync() => SendAsync(HttpMethod.Get, "/api/v1/cart");

    public Task<HttpResponseMessage> AddAsync(string productId, int quantity) =>
        SendAsync(HttpMethod.Post, "/api/v1/cart/items", new { productId, quantity });

    public Task<HttpResponseMessage> UpdateAsync(string itemId, int quantity) =>
        SendAsync(HttpMethod.Put, $"/api/v1/cart/items/{itemId}", new { quantity });

    public Task<HttpResponseMessage> RemoveAsync(string itemId) => SendAsync(HttpMethod.Delete, $"/api/v1/cart/items/{itemId}");

    public Task<HttpResponseMessage> ClearAsync() => SendAsync(HttpMethod.Delete, "/api/v1/cart");

    public Task<HttpResponseMessage> ApplyCouponAsync(string couponCode) =>
        SendAsync(HttpMethod.Post, "/api/v1/cart/apply-coupon", new { couponCode });

    public Task<HttpResponseMessage> RemoveCouponAsync() => SendAsync(HttpMethod.Delete, "/api/v1/cart/coupon");

    public Task<HttpResponseMessage> SnapshotAsync() => SendAsync(HttpMethod.Post, "/api/v1/cart/snapshot");

    /// <summary>The cart's <c>data</c>, asserting 200.</summary>
    public async Task<JsonElement> CartAsync()
    {
        using var response = await GetCartAsync();
        return await response.DataAsync();
    }

    /// <summary>Adds and answers the new line's id, asserting 201.</summary>
    public async Task<string> AddedAsync(string productId, int quantity)
    {
        using var response = await AddAsync(productId, quantity);
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        return (await response.DataAsync()).GetProperty("id").GetString()!;
    }

    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, object? body = null, string? token = null)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token ?? Token);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        return client.SendAsync(request);
    }
}
