using PurchasePlatform.Notifications.Messages.Domain;
using PurchasePlatform.Notifications.Tests.Infrastructure;
using PurchasePlatform.TestSupport;

namespace PurchasePlatform.Notifications.Tests.Messages;

public sealed class DeliveryWorkerTests : MessagesHost
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Notifications:Delivery:Enabled"] = "true",
        ["Notifications:Delivery:PollInterval"] = "00:00:00.050",
    };

    [Fact]
    public async Task The_worker_delivers_queued_notifications_on_its_own()
    {
        var id = await QueueEmailAsync("user@example.com", Guid.NewGuid());

        await Eventually.WaitUntilAsync(async () => (await NotificationAsync(id)).Status == NotificationStatus.Delivered);

        Assert.Single(Mailbox.Sent);
    }
}
