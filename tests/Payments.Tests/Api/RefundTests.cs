using System.Net;
using PurchasePlatform.Payments.Processing;
using PurchasePlatform.Payments.Tests.Infrastructure;

namespace PurchasePlatform.Payments.Tests.Api;

public sealed class RefundTests : PaymentsHost
{
    private readonly Guid user = Guid.NewGuid();

    [Fact]
    public async Task Partial_refunds_add_up_to_the_amount_paid_and_no_further()
    {
        var paymentId = await PayAsync(100m);
        var admin = TestTokens.Admin();

        var first = await PostAsync($"/api/v1/payments/{paymentId}/refund", admin, PaymentRequests.Refund(30m), Key());
        var second = await PostAsync($"/api/v1/payments/{paymentId}/refund", admin, PaymentRequests.Refund(70m), Key());
        var third = await PostAsync($"/api/v1/payments/{paymentId}/refund", admin, PaymentRequests.Refund(0.01m), Key());

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var refund = await JsonAsync(first);
        Assert.Equal("Refund processed successfully", refund.GetProperty("message").GetString());
        var data = refund.GetProperty("data");
        Assert.StartsWith("ref-", data.GetProperty("refundId").GetString());
        Assert.Equal(paymentId, data.GetProperty("paymentId").GetString());
        Assert.Equal(30m, data.GetProperty("amount").GetDecimal());
        Assert.Equal("succeeded", data.GetProperty("status").GetString());
        Assert.Equal("Customer request", data.GetProperty("reason").GetString());
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, third.StatusCode);

        var payment = (await JsonAsync(await GetAsync($"/api/v1/payments/{paymentId}", admin))).GetProperty("data");
        Assert.Equal("refunded", payment.GetProperty("status").GetString());
        Assert.Equal(2, payment.GetProperty("refunds").GetArrayLength());
        Assert.Equal(2, (await OutboxAsync(PaymentEvents.RefundedTopic)).Count);
    }

    [Fact]
    public async Task A_partial_refund_leaves_the_payment_partially_refunded_and_writes_the_refunded_event()
    {
        var paymentId = await PayAsync(100m);

        var response = await PostAsync($"/api/v1/payments/{paymentId}/refund", TestTokens.Admin(), PaymentRequests.Refund(25.5m), Key());

        var refundId = (await JsonAsync(response)).GetProperty("data").GetProperty("refundId").GetString();
        var payment = (await JsonAsync(await GetAsync($"/api/v1/payments/{paymentId}", TestTokens.Customer(user)))).GetProperty("data");
        Assert.Equal("partially_refunded", payment.GetProperty("status").GetString());
        Assert.Equal(25.5m, payment.GetProperty("refundedAmount").GetDecimal());
        var refunded = Assert.Single(await OutboxAsync(PaymentEvents.RefundedTopic));
        Assert.Contains("\"event_type\":\"payment_refunded\"", refunded.Payload);
        Assert.Contains($"\"refund_id\":\"{refundId}\"", refunded.Payload);
        Assert.Contains("\"amount\":25.5", refunded.Payload);
        Assert.Contains($"\"user_id\":\"{user}\"", refunded.Payload);
    }

    [Fact]
    public async Task More_than_is_left_is_refused_with_422()
    {
        var paymentId = await PayAsync(100m);
        await PostAsync($"/api/v1/payments/{paymentId}/refund", TestTokens.Admin(), PaymentRequests.Refund(60m), Key());

        var response = await PostAsync($"/api/v1/payments/{paymentId}/refund", TestTokens.Admin(), PaymentRequests.Refund(40.01m), Key());

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("amount", (await JsonAsync(response)).GetProperty("errors")[0].GetProperty("field").GetString());
        Assert.Equal(1, Provider.RefundCalls);
    }

    [Fact]
    public async Task Without_an_amount_everything_left_is_refunded()
    {
        var paymentId = await PayAsync(100m);
        await PostAsync($"/api/v1/payments/{paymentId}/refund", TestTokens.Admin(), PaymentRequests.Refund(10m), Key());

        var response = await PostAsync($"/api/v1/payments/{paymentId}/refund", TestTokens.Admin(), PaymentRequests.Refund(null), Key());

        Assert.Equal(90m, (await JsonAsync(response)).GetProperty("data").GetProperty("amount").GetDecimal());
    }

    [Fact]
    public async Task Concurrent_refunds_never_exceed_the_amount_paid()
    {
        var paymentId = await PayAsync(100m);
        var admin = TestTokens.Admin();

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ =>
            PostAsync($"/api/v1/payments/{paymentId}/refund", admin, PaymentRequests.Refund(20m), Key())));

        Assert.Equal(5, responses.Count(r => r.StatusCode == HttpStatusCode.OK));
        Assert.All(responses.Where(r => r.StatusCode != HttpStatusCode.OK),
            r => Assert.Contains(r.StatusCode, new[] { HttpStatusCode.Conflict, HttpStatusCode.UnprocessableEntity }));
        var refunded = await InDatabaseAsync(db => Task.FromResult(db.Refunds.Where(r => r.Status == PurchasePlatform.Payments.Domain.RefundStatus.Succeeded).Sum(r => r.AmountCents)));
        Assert.Equal(10000, refunded);
        Assert.Equal(5, Provider.RefundCalls);
        Assert.Equal(5, (await OutboxAsync(PaymentEvents.RefundedTopic)).Count);
    }

    [Fact]
    public async Task A_refund_retried_with_its_key_is_replayed_and_with_another_body_refused()
    {
        var paymentId = await PayAsync(100m);
        var admin = TestTokens.Admin();
        var key = Key();

        var first = await JsonAsync(await PostAsync($"/api/v1/payments/{paymentId}/refund", admin, PaymentRequests.Refund(10m), key));
        var replay = await PostAsync($"/api/v1/payments/{paymentId}/refund", admin, PaymentRequests.Refund(10m), key);
        var reused = await PostAsync($"/api/v1/payments/{paymentId}/refund", admin, PaymentRequests.Refund(20m), key);

        Assert.Equal(HttpStatusCode.OK, replay.StatusCode);
        Assert.Equal("true", replay.Headers.GetValues("x-idempotent-replay").Single());
        Assert.Equal(first.GetProperty("data").GetProperty("refundId").GetString(),
            (await JsonAsync(replay)).GetProperty("data").GetProperty("refundId").GetString());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, reused.StatusCode);
        Assert.Equal(1, Provider.RefundCalls);
    }

    [Fact]
    public async Task The_same_amount_written_with_more_decimals_is_the_same_refund()
    {
        var paymentId = await PayAsync(100m);
        var admin = TestTokens.Admin();
        var key = Key();

        await PostAsync($"/api/v1/payments/{paymentId}/refund", admin, PaymentRequests.Refund(10m), key);
        var replay = await PostAsync($"/api/v1/payments/{paymentId}/refund", admin, PaymentRequests.Refund(10.00m), key);

        Assert.Equal(HttpStatusCode.OK, replay.StatusCode);
        Assert.True(replay.Headers.Contains("x-idempotent-replay"));
        Assert.Equal(1, Provider.RefundCalls);
    }

    [Fact]
    public async Task Ten_parallel_identical_full_refunds_refund_once()
    {
        var paymentId = await PayAsync(100m);
        var admin = TestTokens.Admin();
        var key = Key();

        var responses = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ =>
            PostAsync($"/api/v1/payments/{paymentId}/refund", admin, PaymentRequests.Refund(null), key)));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Equal(9, responses.Count(r => r.Headers.Contains("x-idempotent-replay")));
        Assert.Equal(1, Provider.RefundCalls);
        Assert.Single(await OutboxAsync(PaymentEvents.RefundedTopic));
    }

    [Fact]
    public async Task A_failed_payment_cannot_be_refunded()
    {
        var response = await PostAsync("/api/v1/payments/process", TestTokens.Customer(user), PaymentRequests.Process("tok_decline"), Key());
        var paymentId = await InDatabaseAsync(db => Task.FromResult(db.Payments.Single().Id));

        var refund = await PostAsync($"/api/v1/payments/{paymentId}/refund", TestTokens.Admin(), PaymentRequests.Refund(1m), Key());

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, refund.StatusCode);
    }

    [Fact]
    public async Task Refunding_an_unknown_payment_is_404()
    {
        var response = await PostAsync("/api/v1/payments/pay-unknown/refund", TestTokens.Admin(), PaymentRequests.Refund(1m), Key());

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("NOT_FOUND", (await JsonAsync(response)).GetProperty("errors")[0].GetProperty("code").GetString());
    }

    [Fact]
    public async Task Only_administrators_and_the_payments_admin_scope_refund()
    {
        var paymentId = await PayAsync(100m);

        var customer = await PostAsync($"/api/v1/payments/{paymentId}/refund", TestTokens.Customer(user), PaymentRequests.Refund(1m), Key());
        var service = await PostAsync($"/api/v1/payments/{paymentId}/refund", TestTokens.PaymentsService(), PaymentRequests.Refund(1m), Key());
        var noKey = await PostAsync($"/api/v1/payments/{paymentId}/refund", TestTokens.Admin(), PaymentRequests.Refund(1m), null);

        Assert.Equal(HttpStatusCode.Forbidden, customer.StatusCode);
        Assert.Equal(HttpStatusCode.OK, service.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, noKey.StatusCode);
    }

    [Fact]
    public async Task A_negative_refund_amount_is_a_validation_error()
    {
        var paymentId = await PayAsync(100m);

        var response = await PostAsync($"/api/v1/payments/{paymentId}/refund", TestTokens.Admin(), PaymentRequests.Refund(-1m), Key());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, Provider.RefundCalls);
    }

    private async Task<string> PayAsync(decimal amount)
    {
        var response = await PostAsync("/api/v1/payments/process", TestTokens.Customer(user), PaymentRequests.Process("tok_success", amount), Key());
        response.EnsureSuccessStatusCode();
        return (await JsonAsync(response)).GetProperty("data").GetProperty("paymentId").GetString()!;
    }
}
