using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PurchasePlatform.Notifications.Webhooks;

namespace PurchasePlatform.Notifications.Tests.Webhooks;

/// <summary>The service with webhooks: secrets reach the database only encrypted, and it does not start without its key.</summary>
public sealed class WebhookSecretStorageTests : WebhooksHost
{
    [Fact]
    public async Task A_registered_secret_is_stored_encrypted_and_still_signs_deliveries()
    {
        var webhookId = await RegisterAsync("https://hooks.example.com/shop", "order.created");

        var stored = await InDatabaseAsync(db => db.Set<Webhook>().Where(w => w.Id == webhookId).Select(w => w.Secret).SingleAsync());

        Assert.DoesNotContain(Secret, stored);
        Assert.Equal(Secret, await Services.GetRequiredService<WebhookSecretProtector>().UnprotectAsync(webhookId, stored, default));
    }
}
