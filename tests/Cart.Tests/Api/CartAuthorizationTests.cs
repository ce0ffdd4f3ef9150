using System.Net;
using PurchasePlatform.Cart.Tests.Infrastructure;

namespace PurchasePlatform.Cart.Tests.Api;

[Collection(CartHostCollection.Name)]
public sealed class CartAuthorizationTests(CartTestHost host)
{
    public static TheoryData<string, string> Routes => new()
    {
        { "GET", "/api/v1/cart" },
        { "DELETE", "/api/v1/cart" },
        { "POST", "/api/v1/cart/items" },
        { "PUT", "/api/v1/cart/items/cart-item-001" },
        { "DELETE", "/api/v1/cart/items/cart-item-001" },
        { "POST", "/api/v1/cart/apply-coupon" },
        { "DELETE", "/api/v1/cart/coupon" },
        { "POST", "/api/v1/cart/snapshot" },
    };

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Every_route_needs_a_token(string method, string path)
    {
        using var response = await host.Client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

        await response.ErrorAsync(HttpStatusCode.Unauthorized, "UNAUTHORIZED");
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Every_route_needs_the_cart_scope(string method, string path)
    {
        var shopper = host.NewShopper();

        using var response = await shopper.SendAsync(new HttpMethod(method), path, token: TestTokens.For(shopper.UserId, "profile orders:read"));

        await response.ErrorAsync(HttpStatusCode.Forbidden, "FORBIDDEN");
    }

    [Fact]
    public async Task A_token_whose_subject_is_no_user_id_is_401()
    {
        var shopper = host.NewShopper();

        using var response = await shopper.SendAsync(HttpMethod.Get, "/api/v1/cart", token: TestTokens.For("not-a-guid", "cart"));

        await response.ErrorAsync(HttpStatusCode.Unauthorized, "INVALID_TOKEN");
    }
}
