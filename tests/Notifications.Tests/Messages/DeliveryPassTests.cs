using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PurchasePlatform.Notifications.Messages.Delivery;
using PurchasePlatform.Notifications.Messages.Domain;

namespace PurchasePlatform.Notifications.Tests.Messages;

public sealed class DeliveryPassTests : MessagesHost
{
    private static readonly DateTime Start = new(2026, 3, 1, 12, 0, 0, DateTimeKind.Utc);

    [Fact]
    public async Task A_due_email_is_sent_and_delivered_with_its_id_as_the_idempotency_key()
    {
        var id = await QueueEmailAsync("user@example.com", subject: "Welcome");
        Clock.Advance(TimeSpan.FromSeconds(5));
        var sentBefore = await CounterAsync("notifications_sent_total", "email");

        var pass = await DeliverDueAsync();

        Assert.Equal(new DeliveryPass(1, 0, 0), pass);
        var notification = await NotificationAsync(id);
        Assert.Equal(NotificationStatus.Delivered, notification.Status);
        Assert.Equal(1, notification.Attempts);
        Assert.Equal(Start.AddSeconds(5), notification.SentAt);
        Assert.Equal(Start.AddSeconds(5), notification.DeliveredAt);
        Assert.Null(notification.ClaimedUntil);
        Assert.Null(notification.Error);
        Assert.StartsWith("sim-mail-", notification.ProviderMessageId);
        var (key, message) = Assert.Single(Mailbox.Sent);
        Assert.Equal(id, key);
        Assert.Equal(new EmailMessage("user@example.com", "Welcome", "<p>Hi</p>"), message);
        Assert.True(await CounterAsync("notifications_sent_total", "email") >= sentBefore + 1);
    }

    [Fact]
    public async Task A_delivered_notification_is_not_sent_again()
    {
        await QueueEmailAsync("user@example.com");
        await DeliverDueAsync();

        Assert.True((await DeliverDueAsync()).DidNothing);
        Assert.Single(Mailbox.Sent);
    }

    [Fact]
    public async Task A_transient_failure_is_retried_after_the_backoff_and_then_succeeds()
    {
        var id = await QueueEmailAsync("user@fail-once.test");

        Assert.Equal(new DeliveryPass(0, 1, 0), await DeliverDueAsync());
        var waiting = await NotificationAsync(id);
        Assert.Equal((NotificationStatus.Queued, 1, Start.AddSeconds(10)), (waiting.Status, waiting.Attempts, waiting.NextAttemptAt));
        Assert.Contains("temporarily unavailable", waiting.Error);

        Assert.True((await DeliverDueAsync()).DidNothing);
        Clock.Advance(TimeSpan.FromSeconds(10));
        Assert.Equal(new DeliveryPass(1, 0, 0), await DeliverDueAsync());

        var delivered = await NotificationAsync(id);
        Assert.Equal((NotificationStatus.Delivered, 2, null), (delivered.Status, delivered.Attempts, delivered.Error));
        Assert.Equal(Start.AddSeconds(10), delivered.DeliveredAt);
        Assert.Single(Mailbox.Sent);
    }

    [Fact]
    public async Task A_permanent_failure_fails_the_notification_with_the_error()
    {
        var id = await QueueEmailAsync("nobody@bounce.test");
        var failedBefore = await CounterAsync("notifications_failed_total", "email");

        Assert.Equal(new DeliveryPass(0, 0, 1), await DeliverDueAsync());

        var failed = await NotificationAsync(id);
        Assert.Equal((NotificationStatus.Failed, 1, null, null), (failed.Status, failed.Attempts, failed.SentAt, failed.ClaimedUntil));
        Assert.Equal("Mailbox nobody@bounce.test does not exist (simulated bounce)", failed.Error);
        Assert.Empty(Mailbox.Sent);
        Clock.Advance(TimeSpan.FromHours(1));
        Assert.True((await DeliverDueAsync()).DidNothing);
        Assert.True(await CounterAsync("notifications_failed_total", "email") >= failedBefore + 1);
    }

    [Fact]
    public async Task Transient_failures_fail_the_notification_after_max_attempts_with_exponential_backoff()
    {
        var id = await QueueEmailAsync("user@unavailable.test");

        Assert.Equal(new DeliveryPass(0, 1, 0), await DeliverDueAsync());
        Assert.Equal(Start.AddSeconds(10), (await NotificationAsync(id)).NextAttemptAt);
        Clock.Advance(TimeSpan.FromSeconds(10));
        Assert.Equal(new DeliveryPass(0, 1, 0), await DeliverDueAsync());
        Assert.Equal(Start.AddSeconds(30), (await NotificationAsync(id)).NextAttemptAt);
        Clock.Advance(TimeSpan.FromSeconds(20));
        Assert.Equal(new DeliveryPass(0, 0, 1), await DeliverDueAsync());

        var failed = await NotificationAsync(id);
        Assert.Equal((NotificationStatus.Failed, 3), (failed.Status, failed.Attempts));
        Assert.Equal("Gave up after 3 attempts: Mail server temporarily unavailable (simulated)", failed.Error);
    }

    [Fact]
    public async Task Sms_goes_through_the_sms_provider_with_its_test_numbers()
    {
        var delivered = await QueueSmsAsync("+14155550100");
        var unreachable = await QueueSmsAsync(SimulatedSmsSender.UnreachableNumber);
        var failOnce = await QueueSmsAsync(SimulatedSmsSender.FailOnceNumber);

        Assert.Equal(new DeliveryPass(1, 1, 1), await DeliverDueAsync());
        Clock.Advance(TimeSpan.FromSeconds(10));
        Assert.Equal(new DeliveryPass(1, 0, 0), await DeliverDueAsync());

        Assert.Equal(NotificationStatus.Delivered, (await NotificationAsync(delivered)).Status);
        Assert.Equal((NotificationStatus.Failed, "Number +15005550001 is not reachable (simulated)"),
            ((await NotificationAsync(unreachable)).Status, (await NotificationAsync(unreachable)).Error));
        Assert.Equal((NotificationStatus.Delivered, 2), ((await NotificationAsync(failOnce)).Status, (await NotificationAsync(failOnce)).Attempts));
        Assert.Equal([delivered, failOnce], Phone.Sent.Select(sent => sent.IdempotencyKey).ToList());
        Assert.Empty(Mailbox.Sent);
    }

    [Fact]
    public async Task A_notification_claimed_by_another_pass_is_left_alone_until_the_claim_runs_out()
    {
        var id = await QueueEmailAsync("user@example.com");
        await InDatabaseAsync(db => db.Set<Notification>().ExecuteUpdateAsync(setters => setters.SetProperty(n => n.ClaimedUntil, Start.AddMinutes(2))));

        Assert.True((await DeliverDueAsync()).DidNothing);
        Assert.Empty(Mailbox.Sent);

        Clock.Advance(TimeSpan.FromMinutes(2) + TimeSpan.FromSeconds(1));
        Assert.Equal(new DeliveryPass(1, 0, 0), await DeliverDueAsync());
        Assert.Equal(NotificationStatus.Delivered, (await NotificationAsync(id)).Status);
    }

    private async Task<double> CounterAsync(string name, string type)
    {
        var text = await Client.GetStringAsync("/metrics");
        var prefix = $"{name}{{type=\"{type}\"}} ";
        var line = text.Split('\n').FirstOrDefault(l => l.StartsWith(prefix, StringComparison.Ordinal));
        return line is null ? 0 : double.Parse(line[prefix.Length..], CultureInfo.InvariantCulture);
    }
}
