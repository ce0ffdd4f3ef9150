using PurchasePlatform.Notifications.Webhooks;
using PurchasePlatform.TestSupport;

namespace PurchasePlatform.Notifications.Tests.Webhooks;

/// <summary>With the background worker on: an event reaches the receiver without a test driving the pass.</summary>
public sealed class WebhookWorkerTests : ReceivingWebhooksHost
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>(base.Settings)
    {
        ["Webhooks:Delivery:Enabled"] = "true",
        ["Webhooks:Delivery:PollInterval"] = "00:00:00.100",
    };

    [Fact]
    public async Task The_worker_delivers_a_due_event()
    {
        var webhookId = await RegisterAsync(Receiver.Url, "product.created");

        await DeliverAsync("catalog.product_created.v1", new
        {
            event_id = "evt-product-1", event_type = "product_created", product_id = "prod-1", created_at = "2026-03-01T11:00:00Z",
            data = new { id = "prod-1", name = "Laptop", price = 1299.99m },
        });

        await Eventually.WaitUntilAsync(async () => (await SingleDeliveryAsync(webhookId)).Status == WebhookDeliveryStatus.Delivered);
        var received = Assert.Single(Receiver.Received);
        Assert.Equal("product.created", received.Header("X-Webhook-Event"));
        Assert.True(SeedSignatureCheck.VerifyWebhookSignature(received.BodyText, received.Header("X-Webhook-Signature"), Secret));
    }
}
