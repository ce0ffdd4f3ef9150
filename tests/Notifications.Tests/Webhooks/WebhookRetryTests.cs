using PurchasePlatform.Notifications.Webhooks;

namespace PurchasePlatform.Notifications.Tests.Webhooks;

public sealed class WebhookRetryTests : ReceivingWebhooksHost
{
    [Fact]
    public async Task A_failing_receiver_is_retried_on_the_seeds_schedule_then_the_delivery_fails()
    {
        var webhookId = await RegisterAsync(Receiver.Url, "payment.succeeded");
        Receiver.Respond = async (_, aborted) =>
        {
            if (Receiver.Received.Count == 4)
            {
                await Task.Delay(Timeout.Infinite, aborted);
            }

            return 500;
        };
        await DeliverAsync("payments.payment_completed.v1", PaymentCompleted());

        var first = await PassAsync();
        Assert.Equal(1, first.Retrying);
        await AssertAttemptAsync(webhookId, attempts: 1, statusCode: 500, retryIn: TimeSpan.FromMinutes(1));

        TimeSpan[] schedule = [TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(30), TimeSpan.FromHours(1), TimeSpan.FromHours(3)];
        for (var retry = 1; retry <= 5; retry++)
        {
            Clock.Advance(schedule[retry - 1] - TimeSpan.FromSeconds(1));
            Assert.True((await PassAsync()).DidNothing, $"retry {retry} is not due a second early");

            if (retry == 4)
            {
                await Receiver.StopAsync();
            }

            Clock.Advance(TimeSpan.FromSeconds(1));
            var pass = await PassAsync();
            var attempts = retry + 1;
            if (attempts < 6)
            {
                Assert.Equal(1, pass.Retrying);
                var delivery = await AssertAttemptAsync(webhookId, attempts, statusCode: attempts <= 3 ? 500 : null, retryIn: schedule[retry]);
                if (attempts == 4)
                {
                    Assert.StartsWith("No answer within", delivery.LastError);
                }
            }
            else
            {
                Assert.Equal(1, pass.Failed);
            }
        }

        var failed = await SingleDeliveryAsync(webhookId);
        Assert.Equal(WebhookDeliveryStatus.Failed, failed.Status);
        Assert.Equal(6, failed.Attempts);
        Assert.Null(failed.LastStatusCode);
        Assert.False(string.IsNullOrEmpty(failed.LastError));
        Assert.Null(failed.NextAttemptAt);
        Assert.Equal(4, Receiver.Received.Count);

        Clock.Advance(TimeSpan.FromDays(1));
        Assert.True((await PassAsync()).DidNothing);
    }

    [Fact]
    public async Task Every_retry_sends_the_same_body_and_signature()
    {
        await RegisterAsync(Receiver.Url, "payment.succeeded");
        Receiver.Respond = (_, _) => Task.FromResult(Receiver.Received.Count < 3 ? 502 : 204);
        await DeliverAsync("payments.payment_completed.v1", PaymentCompleted());

        await PassAsync();
        Clock.Advance(TimeSpan.FromMinutes(1));
        await PassAsync();
        Clock.Advance(TimeSpan.FromMinutes(5));
        var last = await PassAsync();

        Assert.Equal(1, last.Delivered);
        Assert.Equal(3, Receiver.Received.Count);
        Assert.Single(Receiver.Received.Select(r => r.BodyText).Distinct());
        Assert.Single(Receiver.Received.Select(r => r.Header("X-Webhook-Signature")).Distinct());
        Assert.Single(Receiver.Received.Select(r => r.Header("X-Webhook-Id")).Distinct());
        Assert.True(SeedSignatureCheck.VerifyWebhookSignature(Receiver.Received[2].BodyText, Receiver.Received[2].Header("X-Webhook-Signature"), Secret));
    }

    private async Task<WebhookDelivery> AssertAttemptAsync(string webhookId, int attempts, int? statusCode, TimeSpan retryIn)
    {
        var delivery = await SingleDeliveryAsync(webhookId);
        Assert.Equal(WebhookDeliveryStatus.Pending, delivery.Status);
        Assert.Equal(attempts, delivery.Attempts);
        Assert.Equal(statusCode, delivery.LastStatusCode);
        Assert.False(string.IsNullOrEmpty(delivery.LastError));
        Assert.Equal(Clock.GetUtcNow().UtcDateTime + retryIn, delivery.NextAttemptAt);
        Assert.Null(delivery.ClaimedUntil);
        return delivery;
    }

    private static object PaymentCompleted() => new
    {
        event_id = "evt-pay-1-completed",
        event_type = "payment_completed",
        payment_id = "pay-1",
        order_id = "o-1",
        user_id = "4f1f8c9e-2b1a-4f0e-8a4d-5c6b7a8e9f00",
        data = new { amount = 25.50m, currency = "USD", transaction_id = "txn-1", completed_at = "2026-03-01T11:58:00Z" },
    };
}
