using Microsoft.Extensions.DependencyInjection;
using PurchasePlatform.Notifications.Webhooks;

namespace PurchasePlatform.Notifications.Tests.Webhooks;

public sealed class WebhookDeliveryTests : ReceivingWebhooksHost
{
    [Fact]
    public async Task An_event_reaches_the_receiver_signed_so_the_seeds_check_accepts_it()
    {
        var webhookId = await RegisterAsync(Receiver.Url, "order.created");

        Assert.Equal("SUCCESS", await DeliverAsync("orders.order_placed.v1", OrderPlaced("evt-order-100")));
        var pass = await PassAsync();

        Assert.Equal(1, pass.Delivered);
        var received = Assert.Single(Receiver.Received);
        var id = WebhookPayload.IdFor("evt-order-100", webhookId);
        Assert.Equal(
            "{\"id\":\"" + id + "\",\"type\":\"order.created\",\"createdAt\":\"2026-03-01T11:59:00Z\",\"data\":{\"object\":{"
            + "\"id\":\"0b6f1c1e-8f5e-4d7e-9a51-3c2d1e0f4a5b\",\"orderNumber\":\"ORD-2026-000100\",\"userId\":\"4f1f8c9e-2b1a-4f0e-8a4d-5c6b7a8e9f00\","
            + "\"status\":\"pending\",\"total\":863.98,\"currency\":\"USD\",\"items\":[{\"productId\":\"prod-1\",\"quantity\":2,\"price\":431.99}],"
            + "\"createdAt\":\"2026-03-01T11:59:00Z\"}}}",
            received.BodyText);
        Assert.True(SeedSignatureCheck.VerifyWebhookSignature(received.BodyText, received.Header("X-Webhook-Signature"), Secret));
        Assert.False(SeedSignatureCheck.VerifyWebhookSignature(received.BodyText, received.Header("X-Webhook-Signature"), Secret + "x"));
        Assert.Equal("application/json", received.Header("Content-Type"));
        Assert.Equal("order.created", received.Header("X-Webhook-Event"));
        Assert.Equal(id, received.Header("X-Webhook-Id"));
        Assert.StartsWith("PurchasePlatform-Webhooks/", received.Header("User-Agent"));

        var delivery = await SingleDeliveryAsync(webhookId);
        Assert.Equal(WebhookDeliveryStatus.Delivered, delivery.Status);
        Assert.Equal(1, delivery.Attempts);
        Assert.Equal(200, delivery.LastStatusCode);
        Assert.Null(delivery.NextAttemptAt);
        Assert.Equal(Clock.GetUtcNow().UtcDateTime, delivery.DeliveredAt);
        Assert.Contains("webhook_deliveries_total{outcome=\"delivered\"}", await Client.GetStringAsync("/metrics"));
    }

    [Fact]
    public async Task A_delivered_event_is_not_posted_again()
    {
        await RegisterAsync(Receiver.Url, "order.created");
        await DeliverAsync("orders.order_placed.v1", OrderPlaced("evt-order-101"));
        await PassAsync();

        Clock.Advance(TimeSpan.FromDays(1));
        var second = await PassAsync();

        Assert.True(second.DidNothing);
        Assert.Single(Receiver.Received);
    }

    [Fact]
    public async Task Only_active_webhooks_subscribed_to_the_type_get_the_event()
    {
        var subscribed = await RegisterAsync(Receiver.Url + "?to=subscribed", "payment.succeeded", "order.created");
        var otherType = await RegisterAsync(Receiver.Url + "?to=other", "order.paid", "payment.failed");
        var deleted = await RegisterAsync(Receiver.Url + "?to=deleted", "order.created");
        await DeleteAsync(deleted);

        await DeliverAsync("orders.order_placed.v1", OrderPlaced("evt-order-102"));
        var pass = await PassAsync();

        Assert.Equal(1, pass.Delivered);
        Assert.Equal(WebhookPayload.IdFor("evt-order-102", subscribed), Assert.Single(Receiver.Received).Header("X-Webhook-Id"));
        Assert.Empty(await DeliveriesAsync(otherType));
        Assert.Empty(await DeliveriesAsync(deleted));
    }

    [Fact]
    public async Task Each_webhook_gets_its_own_id_and_signature_and_a_redelivered_event_adds_nothing()
    {
        var first = await RegisterAsync(Receiver.Url + "?n=1", "order.created");
        var second = await RegisterAsync(Receiver.Url + "?n=2", "order.created");

        await DeliverAsync("orders.order_placed.v1", OrderPlaced("evt-order-103"));
        await DeliverAsync("orders.order_placed.v1", OrderPlaced("evt-order-103"));
        await PassAsync();

        Assert.Equal(2, Receiver.Received.Count);
        Assert.Equal(
            new[] { WebhookPayload.IdFor("evt-order-103", first), WebhookPayload.IdFor("evt-order-103", second) }.Order(),
            Receiver.Received.Select(r => r.Header("X-Webhook-Id")).Order());
        Assert.Single(await DeliveriesAsync(first));
        Assert.Single(await DeliveriesAsync(second));
    }

    [Fact]
    public async Task A_deleted_webhook_gets_nothing_more_and_its_pending_retries_are_cancelled()
    {
        var webhookId = await RegisterAsync(Receiver.Url, "order.created", "order.cancelled");
        Receiver.Respond = (_, _) => Task.FromResult(503);
        await DeliverAsync("orders.order_placed.v1", OrderPlaced("evt-order-104"));
        await PassAsync();
        Assert.Equal(WebhookDeliveryStatus.Pending, (await SingleDeliveryAsync(webhookId)).Status);

        await DeleteAsync(webhookId);
        Clock.Advance(TimeSpan.FromHours(5));
        await DeliverAsync("orders.order_canceled.v1", new
        {
            event_type = "order_canceled", event_id = "evt-order-104-canceled", order_id = "o-1", user_id = "u-1",
            data = new { reason = "changed my mind", canceled_at = "2026-03-01T12:05:00Z" },
        });
        var pass = await PassAsync();

        Assert.True(pass.DidNothing);
        Assert.Single(Receiver.Received);
        var delivery = await SingleDeliveryAsync(webhookId);
        Assert.Equal(WebhookDeliveryStatus.Cancelled, delivery.Status);
        Assert.Null(delivery.NextAttemptAt);
    }

    [Fact]
    public async Task A_delivery_claimed_by_one_pass_is_not_posted_by_another()
    {
        await RegisterAsync(Receiver.Url, "order.created");
        var arrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Receiver.Respond = async (_, _) =>
        {
            arrived.TrySetResult();
            await release.Task;
            return 200;
        };
        await DeliverAsync("orders.order_placed.v1", OrderPlaced("evt-order-105"));

        var firstPass = PassAsync();
        await arrived.Task.WaitAsync(TimeSpan.FromSeconds(20));
        var secondPass = await PassAsync();
        release.SetResult();

        Assert.Equal(0, secondPass.Attempted);
        Assert.Equal(1, (await firstPass).Delivered);
        Assert.Single(Receiver.Received);
    }

    [Fact]
    public async Task Of_two_claims_of_a_due_delivery_only_the_first_wins_until_it_runs_out()
    {
        var webhookId = await RegisterAsync(Receiver.Url, "order.created");
        await DeliverAsync("orders.order_placed.v1", OrderPlaced("evt-order-106"));
        var deliveryId = (await SingleDeliveryAsync(webhookId)).Id;
        var dispatcher = Services.GetRequiredService<WebhookDispatcher>();

        Assert.True(await dispatcher.ClaimAsync(deliveryId, TimeSpan.FromMinutes(2), CancellationToken.None));
        Assert.False(await dispatcher.ClaimAsync(deliveryId, TimeSpan.FromMinutes(2), CancellationToken.None));
        Assert.True((await PassAsync()).DidNothing);
        Assert.Empty(Receiver.Received);

        Clock.Advance(TimeSpan.FromMinutes(2) + TimeSpan.FromSeconds(1));
        Assert.Equal(1, (await PassAsync()).Delivered);
    }
}
