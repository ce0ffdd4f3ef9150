using System.Globalization;
using System.Net;
using PurchasePlatform.Gateway.Tests.Infrastructure;

namespace PurchasePlatform.Gateway.Tests.RateLimiting;

public sealed class RateLimitTests
{
    public enum Caller
    {
        Guest,
        Customer,
    }

    [Theory]
    [InlineData("/api/v1/products", Caller.Guest, HttpStatusCode.OK)]
    [InlineData("/api/v1/nothing-here", Caller.Guest, HttpStatusCode.NotFound)]
    [InlineData("/api/v1/cart", Caller.Guest, HttpStatusCode.Unauthorized)]
    [InlineData("/api/v2/products", Caller.Guest, HttpStatusCode.BadRequest)]
    [InlineData("/api/v1/products/missing", Caller.Guest, HttpStatusCode.NotFound)]
    [InlineData("/api/v1/users/profile", Caller.Customer, HttpStatusCode.OK)]
    [InlineData("/api/v1/orders", Caller.Customer, HttpStatusCode.ServiceUnavailable)]
    public async Task Every_response_carries_the_rate_limit_headers(string path, Caller caller, HttpStatusCode expectedStatus)
    {
        await using var gateway = await GatewayHarness.StartAsync();

        using var response = await gateway.GetAsync(path, caller == Caller.Customer ? TestTokens.Customer() : null);

        Assert.Equal(expectedStatus, response.StatusCode);
        var limit = caller == Caller.Customer ? 1000 : 100;
        Assert.Equal(limit.ToString(CultureInfo.InvariantCulture), response.HeaderValue("X-RateLimit-Limit"));
        Assert.Equal((limit - 1).ToString(CultureInfo.InvariantCulture), response.HeaderValue("X-RateLimit-Remaining"));
        var reset = long.Parse(response.HeaderValue("X-RateLimit-Reset")!, CultureInfo.InvariantCulture);
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        Assert.InRange(reset, now, now + 3600);
        Assert.Equal(0, reset % 3600);
    }

    [Fact]
    public async Task A_guest_past_the_burst_of_ten_gets_the_documented_429()
    {
        await using var gateway = await GatewayHarness.StartAsync();
        for (var i = 1; i <= 10; i++)
        {
            using var allowed = await gateway.GetAsync("/api/v1/products");
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
            Assert.Equal((100 - i).ToString(CultureInfo.InvariantCulture), allowed.HeaderValue("X-RateLimit-Remaining"));
        }

        using var refused = await gateway.GetAsync("/api/v1/products");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("RATE_LIMIT_EXCEEDED", await refused.AssertErrorEnvelopeAsync());
        var body = await refused.JsonAsync();
        Assert.Equal("Too many requests", body.GetProperty("message").GetString());
        Assert.Equal("API rate limit exceeded", body.GetProperty("errors")[0].GetProperty("message").GetString());
        var retryAfter = body.GetProperty("retryAfter").GetInt32();
        Assert.InRange(retryAfter, 1, 36);
        Assert.Equal(retryAfter.ToString(CultureInfo.InvariantCulture), refused.HeaderValue("Retry-After"));
        Assert.Equal("100", refused.HeaderValue("X-RateLimit-Limit"));
        Assert.Equal(10, gateway.Catalog.Received.Count);
    }

    [Fact]
    public async Task A_customer_has_a_higher_limit_than_a_guest()
    {
        await using var gateway = await GatewayHarness.StartAsync();
        var token = TestTokens.Customer();

        for (var i = 1; i <= 11; i++)
        {
            using var response = await gateway.GetAsync("/api/v1/products", token);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("1000", response.HeaderValue("X-RateLimit-Limit"));
        }
    }

    [Theory]
    [InlineData("1000")]
    [InlineData("1000", "Customer")]
    [InlineData("5000", "Premium")]
    [InlineData("10000", "Admin")]
    [InlineData("10000", "Customer", "Admin")]
    public async Task The_plan_follows_the_highest_role_in_the_token(string expectedLimit, params string[] roles)
    {
        await using var gateway = await GatewayHarness.StartAsync();

        using var response = await gateway.GetAsync("/api/v1/products", TestTokens.For(TestTokens.NewSubject(), roles));

        Assert.Equal(expectedLimit, response.HeaderValue("X-RateLimit-Limit"));
    }

    [Fact]
    public async Task One_users_burst_is_not_charged_to_another_user_or_to_guests()
    {
        await using var gateway = await GatewayHarness.StartAsync();
        var first = TestTokens.Customer();
        for (var i = 0; i < 50; i++)
        {
            using var allowed = await gateway.GetAsync("/api/v1/products", first);
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }

        using var firstAgain = await gateway.GetAsync("/api/v1/products", first);
        using var second = await gateway.GetAsync("/api/v1/products", TestTokens.Customer());
        using var guest = await gateway.GetAsync("/api/v1/products");

        Assert.Equal(HttpStatusCode.TooManyRequests, firstAgain.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal("999", second.HeaderValue("X-RateLimit-Remaining"));
        Assert.Equal(HttpStatusCode.OK, guest.StatusCode);
        Assert.Equal("99", guest.HeaderValue("X-RateLimit-Remaining"));
    }

    [Fact]
    public async Task Limits_come_from_the_RateLimits_configuration()
    {
        await using var gateway = await GatewayHarness.StartAsync(new Dictionary<string, string?>
        {
            ["RateLimits:Guest:RequestsPerHour"] = "20",
            ["RateLimits:Guest:Burst"] = "2",
        });

        using var first = await gateway.GetAsync("/api/v1/products");
        using var second = await gateway.GetAsync("/api/v1/products");
        using var third = await gateway.GetAsync("/api/v1/products");

        Assert.Equal("20", first.HeaderValue("X-RateLimit-Limit"));
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        Assert.InRange(int.Parse(third.HeaderValue("Retry-After")!, CultureInfo.InvariantCulture), 1, 180);
    }

    [Fact]
    public async Task Health_probes_are_not_counted()
    {
        await using var gateway = await GatewayHarness.StartAsync();
        for (var i = 0; i < 15; i++)
        {
            using var probe = await gateway.GetAsync("/healthz");
            Assert.Equal(HttpStatusCode.OK, probe.StatusCode);
        }

        using var response = await gateway.GetAsync("/api/v1/products");

        Assert.Equal("99", response.HeaderValue("X-RateLimit-Remaining"));
    }
}
