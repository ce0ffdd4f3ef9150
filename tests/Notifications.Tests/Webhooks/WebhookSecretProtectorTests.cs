using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using PurchasePlatform.BuildingBlocks.Secrets;
using PurchasePlatform.Notifications.Webhooks;
using PurchasePlatform.TestSupport;

namespace PurchasePlatform.Notifications.Tests.Webhooks;

public sealed class WebhookSecretProtectorTests
{
    private readonly FakeSidecar sidecar = new();
    private readonly ManualClock clock = new();

    public WebhookSecretProtectorTests() => sidecar.Secrets["notifications:webhookSecretKey"] = NewKey();

    [Fact]
    public async Task A_secret_is_stored_encrypted_and_opens_again_for_its_own_webhook_only()
    {
        var protector = Protector();

        var stored = await protector.ProtectAsync("webhook-1", "whsec_plain_0123456789", default);

        Assert.DoesNotContain("whsec_plain", stored);
        Assert.StartsWith("v1.", stored);
        Assert.True(stored.Length <= Webhook.MaxStoredSecretLength);
        Assert.Equal("whsec_plain_0123456789", await protector.UnprotectAsync("webhook-1", stored, default));
        await Assert.ThrowsAnyAsync<CryptographicException>(() => protector.UnprotectAsync("webhook-2", stored, default));
        Assert.NotEqual(stored, await protector.ProtectAsync("webhook-1", "whsec_plain_0123456789", default));
    }

    [Fact]
    public async Task The_longest_secret_allowed_still_fits_its_column()
    {
        var stored = await Protector().ProtectAsync("webhook-1", new string('s', WebhookRules.MaxSecretLength), default);

        Assert.True(stored.Length <= Webhook.MaxStoredSecretLength, $"{stored.Length} characters");
    }

    [Fact]
    public async Task A_changed_byte_is_refused()
    {
        var protector = Protector();
        var stored = await protector.ProtectAsync("webhook-1", "whsec_plain_0123456789", default);
        var parts = stored.Split('.');
        var bytes = Convert.FromBase64String(parts[2]);
        bytes[^1] ^= 1;

        await Assert.ThrowsAnyAsync<CryptographicException>(() =>
            protector.UnprotectAsync("webhook-1", $"{parts[0]}.{parts[1]}.{Convert.ToBase64String(bytes)}", default));
    }

    [Fact]
    public async Task After_a_rotation_secrets_of_the_previous_key_still_open_and_new_ones_use_the_new_key()
    {
        var protector = Protector();
        var old = await protector.ProtectAsync("webhook-1", "whsec_before_rotation", default);

        sidecar.Secrets["notifications:previousWebhookSecretKey"] = sidecar.Secrets["notifications:webhookSecretKey"];
        sidecar.Secrets["notifications:webhookSecretKey"] = NewKey();
        clock.Advance(TimeSpan.FromMinutes(2));
        var fresh = await protector.ProtectAsync("webhook-2", "whsec_after_rotation", default);

        Assert.Equal("whsec_before_rotation", await protector.UnprotectAsync("webhook-1", old, default));
        Assert.NotEqual(old.Split('.')[1], fresh.Split('.')[1]);
        sidecar.Secrets.TryRemove("notifications:previousWebhookSecretKey", out _);
        clock.Advance(TimeSpan.FromMinutes(2));
        await Assert.ThrowsAnyAsync<CryptographicException>(() => protector.UnprotectAsync("webhook-1", old, default));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("not base64 at all")]
    [InlineData("c2hvcnQ=")]
    public async Task A_missing_or_malformed_key_is_an_error_that_names_the_secret(string? key)
    {
        if (key is null)
        {
            sidecar.Secrets.TryRemove("notifications:webhookSecretKey", out _);
        }
        else
        {
            sidecar.Secrets["notifications:webhookSecretKey"] = key;
        }

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => Protector().EnsureKeyAsync(default));

        Assert.Contains("notifications:webhookSecretKey", error.Message);
    }

    private WebhookSecretProtector Protector() =>
        new(new SecretStoreReader(sidecar.Mock.Object, "secretstore"), Options.Create(new WebhooksOptions()), clock);

    private static string NewKey() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
}
