using System.Net;
using PurchasePlatform.Notifications.Tests.Infrastructure;

namespace PurchasePlatform.Notifications.Tests.Webhooks;

/// <summary>With the production defaults: https only, no private networks.</summary>
public sealed class WebhookUrlSafetyTests : NotificationsHost
{
    private readonly string admin = TestTokens.Admin();

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Webhooks:Delivery:Enabled"] = "false" };

    [Theory]
    [InlineData("http://hooks.example.com/x")]
    [InlineData("https://localhost/x")]
    [InlineData("https://api.localhost/x")]
    [InlineData("https://127.0.0.1/x")]
    [InlineData("https://2130706433/x")]
    [InlineData("https://10.1.2.3/x")]
    [InlineData("https://172.16.0.1/x")]
    [InlineData("https://192.168.1.10/x")]
    [InlineData("https://169.254.169.254/latest/meta-data")]
    [InlineData("https://0.0.0.0/x")]
    [InlineData("https://[::1]/x")]
    [InlineData("https://[fe80::1]/x")]
    [InlineData("https://[fd00::1]/x")]
    [InlineData("https://[::ffff:10.0.0.1]/x")]
    public async Task A_url_that_is_insecure_or_private_is_refused(string url)
    {
        using var response = await SendAsync(HttpMethod.Post, "/api/v1/webhooks", admin, new { url, events = new[] { "order.created" }, secret = WebhooksHost.Secret });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = (await JsonAsync(response)).GetProperty("errors")[0];
        Assert.Equal("url", error.GetProperty("field").GetString());
        Assert.Equal("INVALID_FORMAT", error.GetProperty("code").GetString());
    }

    [Theory]
    [InlineData("https://hooks.example.com/x")]
    [InlineData("https://93.184.216.34:8443/x")]
    public async Task A_public_https_url_is_accepted(string url)
    {
        using var response = await SendAsync(HttpMethod.Post, "/api/v1/webhooks", admin, new { url, events = new[] { "order.created" }, secret = WebhooksHost.Secret });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }
}
