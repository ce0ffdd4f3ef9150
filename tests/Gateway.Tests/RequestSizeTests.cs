using System.Net;
using PurchasePlatform.Gateway.Tests.Infrastructure;

namespace PurchasePlatform.Gateway.Tests;

public sealed class RequestSizeTests
{
    private const int OneMebibyte = 1024 * 1024;

    [Fact]
    public async Task A_body_over_one_mebibyte_is_a_413_envelope_and_goes_nowhere()
    {
        await using var gateway = await GatewayHarness.StartAsync();

        using var response = await gateway.SendAsync(HttpMethod.Post, "/api/v1/auth/register", content: new ByteArrayContent(new byte[OneMebibyte + 1]));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("PAYLOAD_TOO_LARGE", await response.AssertErrorEnvelopeAsync());
        Assert.Empty(gateway.ReceivedByAnyApp);
    }

    [Fact]
    public async Task A_body_of_exactly_the_limit_is_forwarded_whole()
    {
        await using var gateway = await GatewayHarness.StartAsync();
        var body = new string('a', OneMebibyte);

        using var response = await gateway.SendAsync(HttpMethod.Post, "/api/v1/auth/register", content: new StringContent(body));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(body, Assert.Single(gateway.Identity.Received).Body);
    }

    [Fact]
    public async Task A_chunked_body_that_grows_past_the_configured_limit_is_a_413_envelope()
    {
        await using var gateway = await GatewayHarness.StartAsync(new Dictionary<string, string?> { ["RequestLimits:MaxRequestBodyBytes"] = "1000" });
        var content = new StreamContent(new MemoryStream(new byte[5000]));
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/auth/login") { Content = content };
        request.Headers.TransferEncodingChunked = true;

        using var response = await gateway.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("PAYLOAD_TOO_LARGE", await response.AssertErrorEnvelopeAsync());
    }
}
