using Microsoft.Extensions.DependencyInjection;
using PurchasePlatform.Notifications.Messages.Delivery;
using PurchasePlatform.Notifications.Messages.Domain;

namespace PurchasePlatform.Notifications.Tests.Messages;

public sealed class DeliveryClaimTests : MessagesHost
{
    private readonly ControlledEmailSender sender = new();

    protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<IEmailSender>(sender);

    [Fact]
    public async Task A_pass_does_not_send_what_a_concurrent_pass_is_sending()
    {
        var id = await QueueEmailAsync("user@example.com");
        var (entered, release) = sender.HoldNextSend();
        var first = DeliverDueAsync();
        await entered;

        var second = await DeliverDueAsync();

        release();
        Assert.True(second.DidNothing);
        Assert.Equal(new DeliveryPass(1, 0, 0), await first);
        Assert.Single(sender.Provider.Sent);
        Assert.Equal((NotificationStatus.Delivered, 1), ((await NotificationAsync(id)).Status, (await NotificationAsync(id)).Attempts));
    }

    [Fact]
    public async Task Of_two_claims_of_a_notification_only_the_first_wins_until_it_runs_out()
    {
        var id = await QueueEmailAsync("user@example.com");
        var delivery = Services.GetRequiredService<NotificationDelivery>();

        var first = await delivery.ClaimAsync(id, CancellationToken.None);
        var second = await delivery.ClaimAsync(id, CancellationToken.None);

        Assert.NotNull(first);
        Assert.Null(second);
        Assert.Equal(1, (await NotificationAsync(id)).Attempts);
        Clock.Advance(TimeSpan.FromMinutes(2) + TimeSpan.FromSeconds(1));
        Assert.NotNull(await delivery.ClaimAsync(id, CancellationToken.None));
        Assert.Equal(2, (await NotificationAsync(id)).Attempts);
    }

    [Fact]
    public async Task A_crash_between_send_and_save_keeps_the_notification_and_resends_it_with_the_same_key()
    {
        var id = await QueueEmailAsync("user@example.com");
        var crash = sender.CrashAfterNextSend();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            Services.GetRequiredService<NotificationDelivery>().DeliverDueOnceAsync(crash));

        var afterCrash = await NotificationAsync(id);
        Assert.Equal(NotificationStatus.Queued, afterCrash.Status);
        Assert.NotNull(afterCrash.ClaimedUntil);
        Assert.True((await DeliverDueAsync()).DidNothing);

        Clock.Advance(TimeSpan.FromMinutes(3));
        Assert.Equal(new DeliveryPass(1, 0, 0), await DeliverDueAsync());

        var delivered = await NotificationAsync(id);
        Assert.Equal((NotificationStatus.Delivered, 2), (delivered.Status, delivered.Attempts));
        var (key, _) = Assert.Single(sender.Provider.Sent);
        Assert.Equal(id, key);
    }
}
