using System.Globalization;
using System.Net;
using Microsoft.Extensions.Options;
using PurchasePlatform.Gateway.Tests.Infrastructure;

namespace PurchasePlatform.Gateway.Tests.Proxies;

/// <summary>
/// The guest's address that rate limits count: the connection's, unless the connection comes from a configured
/// proxy, whose X-Forwarded-For then names the guest. The test client connects from 127.0.0.1.
/// </summary>
public sealed class TrustedProxyTests
{
    private const int GuestBurst = 10;

    [Fact]
    public async Task Without_trusted_proxies_a_forwarded_address_is_ignored_so_guests_cannot_dodge_their_limit()
    {
        await using var gateway = await GatewayHarness.StartAsync();

        for (var i = 1; i <= GuestBurst; i++)
        {
            using var allowed = await GetAsGuestAsync(gateway, $"203.0.113.{i}");
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }

        using var refused = await GetAsGuestAsync(gateway, "203.0.113.200");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
    }

    [Fact]
    public async Task Behind_a_trusted_proxy_each_forwarded_guest_has_a_limit_of_their_own()
    {
        await using var gateway = await GatewayHarness.StartAsync(new Dictionary<string, string?> { ["TrustedProxies:Networks:0"] = "127.0.0.0/8" });

        for (var i = 1; i <= GuestBurst; i++)
        {
            using var allowed = await GetAsGuestAsync(gateway, "203.0.113.7");
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }

        using var sameGuest = await GetAsGuestAsync(gateway, "203.0.113.7");
        using var otherGuest = await GetAsGuestAsync(gateway, "198.51.100.9");

        Assert.Equal(HttpStatusCode.TooManyRequests, sameGuest.StatusCode);
        Assert.Equal(HttpStatusCode.OK, otherGuest.StatusCode);
        Assert.Equal((100 - 1).ToString(CultureInfo.InvariantCulture), otherGuest.HeaderValue("X-RateLimit-Remaining"));
    }

    [Fact]
    public async Task A_proxy_that_is_not_the_configured_one_is_not_believed()
    {
        await using var gateway = await GatewayHarness.StartAsync(new Dictionary<string, string?> { ["TrustedProxies:Addresses:0"] = "10.0.0.7" });

        for (var i = 1; i <= GuestBurst; i++)
        {
            using var allowed = await GetAsGuestAsync(gateway, $"203.0.113.{i}");
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }

        using var refused = await GetAsGuestAsync(gateway, "203.0.113.200");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
    }

    [Theory]
    [InlineData("TrustedProxies:Networks:0", "10.244.0.0/99")]
    [InlineData("TrustedProxies:Addresses:0", "proxy.local")]
    [InlineData("TrustedProxies:ForwardLimit", "0")]
    public void A_setting_that_is_not_an_address_or_range_stops_the_gateway_at_start(string key, string value)
    {
        using var factory = new GatewayFactory(new Dictionary<string, string?> { [key] = value });

        var refused = Assert.Throws<OptionsValidationException>(() => factory.CreateClient());

        Assert.Contains("TrustedProxies", refused.Message);
    }

    private static Task<HttpResponseMessage> GetAsGuestAsync(GatewayHarness gateway, string forwardedFor) =>
        gateway.SendAsync(HttpMethod.Get, "/api/v1/products", configure: request => request.Headers.Add("X-Forwarded-For", forwardedFor));
}
