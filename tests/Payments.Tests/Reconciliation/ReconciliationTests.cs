using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PurchasePlatform.Payments.Domain;
using PurchasePlatform.Payments.Processing;
using PurchasePlatform.Payments.Providers;
using PurchasePlatform.Payments.Reconciliation;
using PurchasePlatform.Payments.Tests.Api;
using PurchasePlatform.Payments.Tests.Infrastructure;

namespace PurchasePlatform.Payments.Tests.Reconciliation;

/// <summary>
/// Payments left processing with nobody retrying them (the saga's charge through <c>POST /api/payments</c>, its caller
/// gone), brought to an outcome by single reconciler passes under the manual clock.
/// </summary>
public sealed class ReconciliationTests : PaymentsHost
{
    private readonly Guid user = Guid.NewGuid();
    private readonly string orderId = "order-" + Guid.NewGuid().ToString("N");

    protected override bool ChecksOrders => true;

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Payments:ClaimDuration"] = "00:05:00",
        ["Payments:Reconciliation:MinimumAge"] = "00:01:00",
        ["Payments:Reconciliation:GiveUpAfter"] = "1.00:00:00",
    };

    [Fact]
    public async Task A_payment_the_provider_could_not_be_reached_for_is_completed_once_it_answers_with_one_charge()
    {
        Orders.Has(orderId, user, 75.48m);
        var paymentId = await LeftProcessingByAnOutageAsync("tok_success");

        var tooYoung = await ReconcileOnceAsync();
        Provider.Unreachable = false;
        var stillTooYoung = await ReconcileOnceAsync();
        Clock.Advance(TimeSpan.FromMinutes(2));
        var pass = await ReconcileOnceAsync();

        Assert.Equal(ReconciliationPass.Empty, tooYoung);
        Assert.Equal(ReconciliationPass.Empty, stillTooYoung);
        Assert.Equal(ReconciliationPass.Empty with { Succeeded = 1 }, pass);
        var payment = await PaymentAsync(paymentId);
        Assert.Equal(PaymentStatus.Succeeded, payment.Status);
        Assert.False(payment.OrderCheckDue);
        Assert.Equal(1, Provider.ChargeCalls);
        Assert.Equal(1, Provider.Simulated.ChargesCreated);
        var completed = Assert.Single(await OutboxAsync(PaymentEvents.CompletedTopic));
        Assert.Contains($"\"payment_id\":\"{paymentId}\"", completed.Payload);
        Assert.Equal((orderId, (string?)null), Assert.Single(Orders.Calls));
        Assert.Equal(ReconciliationPass.Empty, await ReconcileOnceAsync());
    }

    [Fact]
    public async Task A_payment_whose_request_still_holds_its_claim_is_left_alone_until_the_claim_runs_out()
    {
        Orders.Has(orderId, user, 75.48m);
        Provider.CrashAfterNextCharge();
        var crashed = await ChargeAsync("tok_success");
        Assert.Equal(HttpStatusCode.InternalServerError, crashed.StatusCode);
        Assert.Equal(1, Provider.ChargeCalls);
        var paymentId = await InDatabaseAsync(db => db.Payments.Select(p => p.Id).SingleAsync());

        Clock.Advance(TimeSpan.FromMinutes(2));
        var whileClaimed = await ReconcileOnceAsync();
        var untouched = await PaymentAsync(paymentId);
        var chargeCallsWhileClaimed = Provider.ChargeCalls;
        Clock.Advance(TimeSpan.FromMinutes(4));
        var afterClaim = await ReconcileOnceAsync();

        Assert.Equal(ReconciliationPass.Empty, whileClaimed);
        Assert.Equal(PaymentStatus.Processing, untouched.Status);
        Assert.Equal(1, chargeCallsWhileClaimed);
        Assert.Equal(ReconciliationPass.Empty with { Succeeded = 1 }, afterClaim);
        Assert.Equal(PaymentStatus.Succeeded, (await PaymentAsync(paymentId)).Status);
        Assert.Equal(2, Provider.ChargeCalls);
        Assert.Equal(1, Provider.Simulated.ChargesCreated);
        Assert.Single(await OutboxAsync(PaymentEvents.CompletedTopic));
    }

    [Fact]
    public async Task A_payment_the_provider_never_answers_is_failed_with_provider_timeout_after_give_up_after()
    {
        var paymentId = await LeftProcessingByAnOutageAsync("tok_success");

        Clock.Advance(TimeSpan.FromMinutes(2));
        var early = await ReconcileOnceAsync();
        Clock.Advance(TimeSpan.FromHours(24));
        var late = await ReconcileOnceAsync();

        Assert.Equal(ReconciliationPass.Empty with { StillUnreachable = 1 }, early);
        Assert.Equal(ReconciliationPass.Empty with { GivenUp = 1 }, late);
        var payment = await PaymentAsync(paymentId);
        Assert.Equal(PaymentStatus.Failed, payment.Status);
        Assert.Equal(DeclineCodes.ProviderTimeout, payment.FailureCode);
        Assert.Equal(0, Provider.Simulated.ChargesCreated);
        var failed = JsonDocument.Parse(Assert.Single(await OutboxAsync(PaymentEvents.FailedTopic)).Payload).RootElement;
        Assert.Equal(paymentId, failed.GetProperty("payment_id").GetString());
        Assert.Equal("PROVIDER_TIMEOUT", failed.GetProperty("data").GetProperty("error_code").GetString());
        Assert.Empty(Orders.Calls);
        Assert.Equal(ReconciliationPass.Empty, await ReconcileOnceAsync());
    }

    [Fact]
    public async Task A_late_charge_for_a_canceled_order_is_refunded_in_full_once_however_often_the_pass_runs()
    {
        Orders.Has(orderId, user, 75.48m, status: "canceled");
        var paymentId = await LeftProcessingByAnOutageAsync("tok_success");
        Provider.Unreachable = false;
        Clock.Advance(TimeSpan.FromMinutes(2));

        var first = await ReconcileOnceAsync();
        var second = await ReconcileOnceAsync();

        Assert.Equal(ReconciliationPass.Empty with { Succeeded = 1, AutoRefunded = 1 }, first);
        Assert.Equal(ReconciliationPass.Empty, second);
        var payment = await PaymentAsync(paymentId);
        Assert.Equal(PaymentStatus.Refunded, payment.Status);
        Assert.Equal(payment.AmountCents, payment.RefundedCents);
        Assert.False(payment.OrderCheckDue);
        Assert.Equal(1, Provider.RefundCalls);
        Assert.Equal(1, Provider.Simulated.RefundsCreated);
        Assert.Single(await OutboxAsync(PaymentEvents.CompletedTopic));
        var refunded = JsonDocument.Parse(Assert.Single(await OutboxAsync(PaymentEvents.RefundedTopic)).Payload).RootElement;
        Assert.Equal(75.48m, refunded.GetProperty("data").GetProperty("amount").GetDecimal());
        Assert.Single(Orders.Calls);
    }

    [Fact]
    public async Task A_refund_that_crashed_is_finished_by_a_later_pass_without_refunding_twice()
    {
        Orders.Has(orderId, user, 75.48m, status: "cancelled");
        var paymentId = await LeftProcessingByAnOutageAsync("tok_success");
        Provider.Unreachable = false;
        Clock.Advance(TimeSpan.FromMinutes(2));
        Provider.CrashAfterNextRefund();

        var crashed = await ReconcileOnceAsync();
        var whileClaimed = await ReconcileOnceAsync();
        Clock.Advance(TimeSpan.FromMinutes(6));
        var resumed = await ReconcileOnceAsync();

        Assert.Equal(ReconciliationPass.Empty with { Succeeded = 1 }, crashed);
        Assert.Equal(ReconciliationPass.Empty, whileClaimed);
        Assert.Equal(ReconciliationPass.Empty with { AutoRefunded = 1 }, resumed);
        Assert.Equal(PaymentStatus.Refunded, (await PaymentAsync(paymentId)).Status);
        Assert.Equal(1, Provider.Simulated.RefundsCreated);
        Assert.Single(await OutboxAsync(PaymentEvents.RefundedTopic));
    }

    [Fact]
    public async Task A_decline_the_provider_answers_late_is_stored_as_failed_and_its_order_is_not_asked()
    {
        var paymentId = await LeftProcessingByAnOutageAsync("tok_insufficient_funds");
        Provider.Unreachable = false;
        Clock.Advance(TimeSpan.FromMinutes(2));

        var pass = await ReconcileOnceAsync();

        Assert.Equal(ReconciliationPass.Empty with { Declined = 1 }, pass);
        var payment = await PaymentAsync(paymentId);
        Assert.Equal(PaymentStatus.Failed, payment.Status);
        Assert.Equal(DeclineCodes.InsufficientFunds, payment.FailureCode);
        Assert.False(payment.OrderCheckDue);
        var failed = JsonDocument.Parse(Assert.Single(await OutboxAsync(PaymentEvents.FailedTopic)).Payload).RootElement;
        Assert.Equal("INSUFFICIENT_FUNDS", failed.GetProperty("data").GetProperty("error_code").GetString());
        Assert.Empty(await OutboxAsync(PaymentEvents.CompletedTopic));
        Assert.Empty(Orders.Calls);
    }

    [Fact]
    public async Task A_retry_of_the_request_after_the_reconciler_completed_it_answers_the_stored_outcome()
    {
        Orders.Has(orderId, user, 75.48m);
        var key = Key();
        var request = PaymentRequests.Internal(user, "tok_success", orderId: orderId);
        var saga = TestTokens.Orchestrator();
        Provider.Unreachable = true;
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await PostAsync("/api/payments", saga, request, key)).StatusCode);
        Provider.Unreachable = false;
        Clock.Advance(TimeSpan.FromMinutes(2));
        await ReconcileOnceAsync();

        var retried = await PostAsync("/api/payments", saga, request, key);

        Assert.Equal(HttpStatusCode.Created, retried.StatusCode);
        Assert.Equal("completed", (await JsonAsync(retried)).GetProperty("status").GetString());
        Assert.Equal(1, Provider.ChargeCalls);
    }

    [Theory]
    [InlineData("Interval", "00:00:00")]
    [InlineData("BatchSize", "0")]
    [InlineData("GiveUpAfter", "00:00:30")]
    public void Invalid_options_are_refused(string name, string value)
    {
        var options = new ReconciliationOptions();
        typeof(ReconciliationOptions).GetProperty(name)!.SetValue(options,
            name == "BatchSize" ? int.Parse(value, System.Globalization.CultureInfo.InvariantCulture) : TimeSpan.Parse(value, System.Globalization.CultureInfo.InvariantCulture));

        Assert.True(new ReconciliationOptions().IsValid());
        Assert.False(options.IsValid());
    }

    private Task<ReconciliationPass> ReconcileOnceAsync() =>
        Services.GetRequiredService<PaymentReconciler>().ReconcileOnceAsync(CancellationToken.None);

    private Task<HttpResponseMessage> ChargeAsync(string token) =>
        PostAsync("/api/payments", TestTokens.Orchestrator(), PaymentRequests.Internal(user, token, orderId: orderId), Key());

    /// <returns>The payment the saga's charge left processing: the provider was unreachable, and nobody retries.</returns>
    private async Task<string> LeftProcessingByAnOutageAsync(string cardToken)
    {
        Provider.Unreachable = true;
        var response = await ChargeAsync(cardToken);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var payment = await InDatabaseAsync(db => db.Payments.AsNoTracking().SingleAsync());
        Assert.Equal(PaymentStatus.Processing, payment.Status);
        Assert.Null(payment.ClaimedUntil);
        return payment.Id;
    }

    private Task<Payment> PaymentAsync(string paymentId) =>
        InDatabaseAsync(db => db.Payments.AsNoTracking().SingleAsync(p => p.Id == paymentId));
}

public sealed class ReconciliationOptionsAtStartTests
{
    [Fact]
    public async Task The_service_does_not_start_with_invalid_reconciliation_options()
    {
        var host = new HostWithZeroInterval();
        try
        {
            var error = await Assert.ThrowsAnyAsync<Exception>(host.InitializeAsync);
            Assert.Contains("Payments:Reconciliation", error.ToString());
        }
        finally
        {
            await host.DisposeAsync();
        }
    }

    private sealed class HostWithZeroInterval : PaymentsHost
    {
        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["Payments:Reconciliation:Interval"] = "00:00:00",
        };
    }
}
