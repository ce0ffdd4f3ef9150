using PurchasePlatform.Notifications.Messages.Domain;

namespace PurchasePlatform.Notifications.Tests.Messages;

/// <summary>The mails with one-time links that Identity's events ask for, with payloads as UserEventRows.Message publishes them.</summary>
public sealed class AccountMailTests : MessagesHost
{
    private readonly Guid ann = Guid.NewGuid();

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>(base.Settings)
    {
        ["Notifications:Links:ResetPassword"] = "https://shop.example.com/reset?token={token}",
    };

    [Fact]
    public async Task A_verification_request_mails_a_link_with_the_token_to_the_address_being_verified()
    {
        Assert.Equal("SUCCESS", await DeliverAsync("users.email_verification_requested.v1",
            UserEvent("email_verification_requested", "ann.new@example.com", "verification_token", "v3r1fy+token/1")));

        var mail = Assert.Single(await NotificationsAsync());
        Assert.Equal((NotificationType.Email, "ann.new@example.com", ann, "email-verification", "Please verify your e-mail address"),
            (mail.Type, mail.To, mail.UserId, mail.TemplateId, mail.Subject));
        Assert.Contains("http://localhost:5000/verify-email?token=v3r1fy%2Btoken%2F1", mail.Body);
        Assert.Contains("2026-03-02T12:00:00Z", mail.Body);
    }

    [Fact]
    public async Task A_password_reset_request_mails_the_configured_reset_link()
    {
        Assert.Equal("SUCCESS", await DeliverAsync("users.password_reset_requested.v1",
            UserEvent("password_reset_requested", "ann@example.com", "reset_token", "r3set")));

        var mail = Assert.Single(await NotificationsAsync());
        Assert.Equal(("ann@example.com", "password-reset", "Reset your password", NotificationStatus.Queued),
            (mail.To, mail.TemplateId, mail.Subject, mail.Status));
        Assert.Contains("https://shop.example.com/reset?token=r3set", mail.Body);
    }

    [Fact]
    public async Task Once_sent_a_mail_with_a_one_time_link_no_longer_keeps_its_token()
    {
        await DeliverAsync("users.password_reset_requested.v1", UserEvent("password_reset_requested", "ann@example.com", "reset_token", "r3set-s3cret"));

        await DeliverDueAsync();

        var mail = Assert.Single(await NotificationsAsync());
        Assert.Equal(NotificationStatus.Delivered, mail.Status);
        Assert.DoesNotContain("r3set-s3cret", mail.Body);
    }

    [Fact]
    public async Task A_reset_request_without_its_token_is_recorded_as_failed_not_sent_without_a_link()
    {
        Assert.Equal("SUCCESS", await DeliverAsync("users.password_reset_requested.v1",
            UserEvent("password_reset_requested", "ann@example.com", "not_the_token_field", "r3set")));

        var mail = Assert.Single(await NotificationsAsync());
        Assert.Equal(NotificationStatus.Failed, mail.Status);
        Assert.Contains("token", mail.Error);
    }

    [Fact]
    public async Task A_reset_request_without_an_address_is_recorded_as_failed_without_keeping_its_token()
    {
        Assert.Equal("SUCCESS", await DeliverAsync("users.password_reset_requested.v1",
            UserEvent("password_reset_requested", "", "reset_token", "r3set-s3cret")));

        var mail = Assert.Single(await NotificationsAsync());
        Assert.Equal(NotificationStatus.Failed, mail.Status);
        Assert.DoesNotContain("r3set-s3cret", mail.Body);
    }

    private object UserEvent(string type, string email, string tokenField, string token) => new Dictionary<string, object>
    {
        ["event_id"] = "evt-" + Guid.NewGuid().ToString("N"),
        ["event_type"] = type,
        ["user_id"] = ann.ToString("D"),
        ["data"] = new Dictionary<string, string> { ["email"] = email, ["expires_at"] = "2026-03-02T12:00:00Z", [tokenField] = token },
        ["created_at"] = "2026-03-01T12:00:00Z",
    };
}
