using System.Net;
using PurchasePlatform.Payments.Tests.Infrastructure;

namespace PurchasePlatform.Payments.Tests.Api;

public sealed class ServiceEndpointsTests : PaymentsHost
{
    [Theory]
    [InlineData("/health")]
    [InlineData("/healthz")]
    [InlineData("/")]
    public async Task Health_routes_answer_without_a_token(string path)
    {
        var response = await GetAsync(path, null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Metrics_count_processed_payments()
    {
        var user = Guid.NewGuid();
        await PostAsync("/api/v1/payments/process", TestTokens.Customer(user), PaymentRequests.Process("tok_success"), Key());

        var metrics = await (await GetAsync("/metrics", null)).Content.ReadAsStringAsync();

        Assert.Contains("payments_processed_total{status=\"succeeded\"}", metrics);
        Assert.Contains("payment_success_rate", metrics);
    }
}
