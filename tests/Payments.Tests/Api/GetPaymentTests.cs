using System.Net;
using PurchasePlatform.Payments.Tests.Infrastructure;

namespace PurchasePlatform.Payments.Tests.Api;

public sealed class GetPaymentTests : PaymentsHost
{
    private readonly Guid user = Guid.NewGuid();

    [Fact]
    public async Task The_owner_reads_the_payment_with_its_refunds()
    {
        var paymentId = await PayAsync();

        var response = await GetAsync($"/api/v1/payments/{paymentId}", TestTokens.Customer(user));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var data = (await JsonAsync(response)).GetProperty("data");
        Assert.Equal(paymentId, data.GetProperty("id").GetString());
        Assert.Equal("succeeded", data.GetProperty("status").GetString());
        Assert.Equal(863.98m, data.GetProperty("amount").GetDecimal());
        Assert.Equal(0, data.GetProperty("refunds").GetArrayLength());
        Assert.True(data.TryGetProperty("createdAt", out _));
    }

    [Fact]
    public async Task Another_customer_is_forbidden_and_an_administrator_allowed()
    {
        var paymentId = await PayAsync();

        var other = await GetAsync($"/api/v1/payments/{paymentId}", TestTokens.Customer(Guid.NewGuid()));
        var admin = await GetAsync($"/api/v1/payments/{paymentId}", TestTokens.Admin());

        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
        Assert.Equal("FORBIDDEN", (await JsonAsync(other)).GetProperty("errors")[0].GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.OK, admin.StatusCode);
    }

    [Fact]
    public async Task An_unknown_payment_is_404_and_no_token_401()
    {
        var unknown = await GetAsync("/api/v1/payments/pay-nope", TestTokens.Customer(user));
        var anonymous = await GetAsync("/api/v1/payments/pay-nope", null);

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }

    private async Task<string> PayAsync()
    {
        var response = await PostAsync("/api/v1/payments/process", TestTokens.Customer(user), PaymentRequests.Process("tok_success"), Key());
        return (await JsonAsync(response)).GetProperty("data").GetProperty("paymentId").GetString()!;
    }
}
