using System.Net;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using PurchasePlatform.Gateway.Purchases;
using PurchasePlatform.Gateway.Tests.Infrastructure;

namespace PurchasePlatform.Gateway.Tests.Purchases;

public sealed class PurchaseUnavailableTests
{
    [Fact]
    public async Task With_the_orchestrator_down_every_purchase_route_answers_503_with_retry_after()
    {
        await using var harness = await PurchaseHarness.StartAsync(orchestratorDown: true);
        var token = TestTokens.Customer();

        var answers = new[]
        {
            await harness.PurchaseAsync(token, new { products = new[] { new { id = "p-1", quantity = 1 } } }),
            await harness.SendAsync(HttpMethod.Get, $"/purchases/{Guid.NewGuid()}", token),
            await harness.SendAsync(HttpMethod.Post, $"/purchases/{Guid.NewGuid()}/cancel", token),
        };

        Assert.All(answers, response => Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode));
        Assert.All(answers, response => Assert.NotNull(response.Headers.RetryAfter));
        Assert.Equal("service_unavailable", (await answers[0].JsonAsync()).GetProperty("error").GetString());
    }

    [Fact]
    public async Task Past_the_customer_plans_burst_purchases_answer_429()
    {
        await using var harness = await PurchaseHarness.StartAsync(new Dictionary<string, string?>
        {
            ["RateLimits:Customer:Burst"] = "2",
            ["RateLimits:Customer:RequestsPerHour"] = "2",
        });
        var token = TestTokens.Customer();
        var body = new { products = new[] { new { id = "p-1", quantity = 1 } } };

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            statuses.Add((await harness.PurchaseAsync(token, body)).StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(2, harness.Orchestrator.Received.Count);
    }

    [Fact]
    public void A_token_refused_because_identitys_keys_could_not_be_fetched_is_an_outage_not_a_bad_token()
    {
        var noConfiguration = new InvalidOperationException("IDX20803: Unable to obtain configuration from: 'http://identity/.well-known/openid-configuration'.",
            new IOException("IDX20804: Unable to retrieve document", new HttpRequestException("Connection refused")));

        Assert.True(IdentityOutage.IsCause(noConfiguration));
        Assert.True(IdentityOutage.IsCause(new AggregateException(new HttpRequestException("Connection refused"))));
        Assert.False(IdentityOutage.IsCause(new Microsoft.IdentityModel.Tokens.SecurityTokenExpiredException("IDX10223: Lifetime validation failed.")));
        Assert.False(IdentityOutage.IsCause(new Microsoft.IdentityModel.Tokens.SecurityTokenSignatureKeyNotFoundException("IDX10503")));
        Assert.False(IdentityOutage.IsCause(new OpenIdConnectProtocolException("bad")));
    }
}
