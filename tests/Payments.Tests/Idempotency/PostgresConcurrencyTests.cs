using System.Net;
using PurchasePlatform.BuildingBlocks.Persistence;
using PurchasePlatform.Payments.Processing;
using PurchasePlatform.Payments.Tests.Api;
using PurchasePlatform.Payments.Tests.Infrastructure;

namespace PurchasePlatform.Payments.Tests.Idempotency;

/// <summary>The same races on PostgreSQL (chosen because the secret store holds <c>payments:connectionString</c>).</summary>
public sealed class PostgresConcurrencyTests : PostgresPaymentsHost
{
    private readonly Guid user = Guid.NewGuid();

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Payments:Provider:AttemptTimeout"] = "00:00:10",
    };

    [Fact]
    public async Task Ten_parallel_identical_charges_charge_once()
    {
        Assert.Equal(DatabaseProvider.PostgreSql, ((ServiceDatabase)Services.GetService(typeof(ServiceDatabase))!).Target.Provider);
        Provider.ChargeDelay = TimeSpan.FromMilliseconds(300);
        var token = TestTokens.Customer(user);
        var key = Key();
        var body = PaymentRequests.Process("tok_success", orderId: "order-pg");

        var responses = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => PostAsync("/api/v1/payments/process", token, body, key)));

        Assert.All(responses, response => Assert.Equal(HttpStatusCode.OK, response.StatusCode));
        Assert.Equal(1, Provider.ChargeCalls);
        Assert.Single(await OutboxAsync(PaymentEvents.CompletedTopic));
    }

    [Fact]
    public async Task Parallel_charges_of_one_order_under_different_keys_charge_once()
    {
        Provider.ChargeDelay = TimeSpan.FromMilliseconds(100);
        var token = TestTokens.Customer(user);

        var responses = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ =>
            PostAsync("/api/payments", token, PaymentRequests.Internal(user, "tok_success", orderId: "order-pg-once"), Key())));

        Assert.Equal(1, responses.Count(response => response.StatusCode == HttpStatusCode.Created));
        Assert.Equal(1, Provider.ChargeCalls);
    }

    [Fact]
    public async Task Concurrent_refunds_never_exceed_the_amount_paid()
    {
        var paid = await PostAsync("/api/v1/payments/process", TestTokens.Customer(user), PaymentRequests.Process("tok_success", 100m), Key());
        var paymentId = (await JsonAsync(paid)).GetProperty("data").GetProperty("paymentId").GetString();
        var admin = TestTokens.Admin();

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ =>
            PostAsync($"/api/v1/payments/{paymentId}/refund", admin, PaymentRequests.Refund(20m), Key())));

        Assert.Equal(5, responses.Count(r => r.StatusCode == HttpStatusCode.OK));
        Assert.Equal(5, Provider.RefundCalls);
        Assert.Equal(5, (await OutboxAsync(PaymentEvents.RefundedTopic)).Count);
        var status = (await JsonAsync(await GetAsync($"/api/v1/payments/{paymentId}", admin))).GetProperty("data").GetProperty("status").GetString();
        Assert.Equal("refunded", status);
    }
}
