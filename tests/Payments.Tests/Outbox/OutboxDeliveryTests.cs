using PurchasePlatform.Payments.Processing;
using PurchasePlatform.Payments.Tests.Api;
using PurchasePlatform.Payments.Tests.Infrastructure;

namespace PurchasePlatform.Payments.Tests.Outbox;

public sealed class OutboxDeliveryTests : PaymentsHost
{
    private readonly Guid user = Guid.NewGuid();

    [Fact]
    public async Task Each_change_is_published_once_with_its_event_id_as_the_cloud_event_id()
    {
        var token = TestTokens.Customer(user);
        var paid = await JsonAsync(await PostAsync("/api/v1/payments/process", token, PaymentRequests.Process("tok_success", 50m, orderId: "order-1"), Key()));
        var paymentId = paid.GetProperty("data").GetProperty("paymentId").GetString();
        await PostAsync("/api/v1/payments/process", token, PaymentRequests.Process("tok_decline", orderId: "order-2"), Key());
        await PostAsync($"/api/v1/payments/{paymentId}/refund", TestTokens.Admin(), PaymentRequests.Refund(20m), Key());

        Assert.Equal(3, await PublishOutboxAsync());
        Assert.Equal(0, await PublishOutboxAsync());

        var published = Sidecar.Published;
        Assert.Equal([PaymentEvents.CompletedTopic, PaymentEvents.FailedTopic, PaymentEvents.RefundedTopic],
            published.Select(e => e.Topic).Order(StringComparer.Ordinal).ToArray());
        Assert.All(published, e => Assert.Equal(e.Data.GetProperty("event_id").GetString(), e.CloudEventId));

        var completed = published.Single(e => e.Topic == PaymentEvents.CompletedTopic).Data;
        Assert.Equal("payment_completed", completed.GetProperty("event_type").GetString());
        Assert.Equal(paymentId, completed.GetProperty("payment_id").GetString());
        Assert.Equal("order-1", completed.GetProperty("order_id").GetString());
        Assert.Equal(user, completed.GetProperty("user_id").GetGuid());
        Assert.Equal(50m, completed.GetProperty("data").GetProperty("amount").GetDecimal());
        Assert.Equal("USD", completed.GetProperty("data").GetProperty("currency").GetString());
        Assert.StartsWith("txn_", completed.GetProperty("data").GetProperty("transaction_id").GetString());
        Assert.True(completed.GetProperty("data").TryGetProperty("completed_at", out _));

        var failed = published.Single(e => e.Topic == PaymentEvents.FailedTopic).Data;
        Assert.Equal("order-2", failed.GetProperty("order_id").GetString());
        Assert.Equal("CARD_DECLINED", failed.GetProperty("data").GetProperty("error_code").GetString());
        Assert.Equal("Your card was declined", failed.GetProperty("data").GetProperty("reason").GetString());
        Assert.True(failed.GetProperty("data").TryGetProperty("failed_at", out _));

        var refunded = published.Single(e => e.Topic == PaymentEvents.RefundedTopic).Data;
        Assert.Equal(20m, refunded.GetProperty("data").GetProperty("amount").GetDecimal());
        Assert.StartsWith("ref-", refunded.GetProperty("data").GetProperty("refund_id").GetString());
        Assert.True(refunded.GetProperty("data").TryGetProperty("refunded_at", out _));
    }
}
