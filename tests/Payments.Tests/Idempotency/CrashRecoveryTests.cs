using System.Net;
using PurchasePlatform.Payments.Processing;
using PurchasePlatform.Payments.Tests.Api;
using PurchasePlatform.Payments.Tests.Infrastructure;

namespace PurchasePlatform.Payments.Tests.Idempotency;

/// <summary>The provider charged, then the service died before recording it: the payment is left processing and claimed.</summary>
public sealed class CrashRecoveryTests : PaymentsHost
{
    private readonly Guid user = Guid.NewGuid();

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Payments:ClaimDuration"] = "00:01:00",
        ["Payments:InProgressWait"] = "00:00:00.300",
    };

    [Fact]
    public async Task A_retry_after_the_claim_ran_out_completes_the_payment_without_a_second_charge()
    {
        var token = TestTokens.Customer(user);
        var key = Key();
        var request = PaymentRequests.Process("tok_success");
        Provider.CrashAfterNextCharge();
        var crashed = await PostAsync("/api/v1/payments/process", token, request, key);
        Assert.Equal(HttpStatusCode.InternalServerError, crashed.StatusCode);
        Assert.Equal(1, Provider.Simulated.ChargesCreated);

        var whileClaimed = await PostAsync("/api/v1/payments/process", token, request, key);
        Clock.Advance(TimeSpan.FromMinutes(2));
        var afterClaim = await PostAsync("/api/v1/payments/process", token, request, key);

        Assert.Equal(HttpStatusCode.Conflict, whileClaimed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, afterClaim.StatusCode);
        Assert.Equal("true", afterClaim.Headers.GetValues("x-idempotent-replay").Single());
        Assert.Equal("succeeded", (await JsonAsync(afterClaim)).GetProperty("data").GetProperty("status").GetString());
        Assert.Equal(2, Provider.ChargeCalls);
        Assert.Equal(1, Provider.Simulated.ChargesCreated);
        Assert.Single(await OutboxAsync(PaymentEvents.CompletedTopic));
    }

    [Fact]
    public async Task A_refund_retried_after_a_crash_refunds_once()
    {
        var paid = await PostAsync("/api/v1/payments/process", TestTokens.Customer(user), PaymentRequests.Process("tok_success", 100m), Key());
        var paymentId = (await JsonAsync(paid)).GetProperty("data").GetProperty("paymentId").GetString();
        var admin = TestTokens.Admin();
        var key = Key();
        Provider.CrashAfterNextRefund();
        var crashed = await PostAsync($"/api/v1/payments/{paymentId}/refund", admin, PaymentRequests.Refund(40m), key);
        Assert.Equal(HttpStatusCode.InternalServerError, crashed.StatusCode);

        var other = await PostAsync($"/api/v1/payments/{paymentId}/refund", admin, PaymentRequests.Refund(60.01m), Key());
        Clock.Advance(TimeSpan.FromMinutes(2));
        var retried = await PostAsync($"/api/v1/payments/{paymentId}/refund", admin, PaymentRequests.Refund(40m), key);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, other.StatusCode); // the crashed refund's 40 stays reserved
        Assert.Equal(HttpStatusCode.OK, retried.StatusCode);
        Assert.Equal(2, Provider.RefundCalls);
        Assert.Equal(1, Provider.Simulated.RefundsCreated);
        Assert.Single(await OutboxAsync(PaymentEvents.RefundedTopic));
        var payment = (await JsonAsync(await GetAsync($"/api/v1/payments/{paymentId}", admin))).GetProperty("data");
        Assert.Equal(40m, payment.GetProperty("refundedAmount").GetDecimal());
    }

    [Fact]
    public async Task The_simulated_provider_answers_a_repeated_idempotency_key_with_the_first_charge()
    {
        var provider = new PurchasePlatform.Payments.Providers.SimulatedCardProvider();
        var request = new PurchasePlatform.Payments.Providers.ChargeRequest("pay-1", "tok_success", 1000, "USD");

        var first = await provider.ChargeAsync(request, CancellationToken.None);
        var second = await provider.ChargeAsync(request, CancellationToken.None);

        Assert.Equal(first.TransactionId, second.TransactionId);
        Assert.Equal(1, provider.ChargesCreated);
    }
}
