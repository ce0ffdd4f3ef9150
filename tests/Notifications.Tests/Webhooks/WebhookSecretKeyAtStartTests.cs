namespace PurchasePlatform.Notifications.Tests.Webhooks;

public sealed class WebhookSecretKeyAtStartTests
{
    [Fact]
    public async Task Without_its_key_the_service_does_not_start_and_says_which_secret_is_missing()
    {
        var host = new HostWithoutKey();
        try
        {
            var error = await Assert.ThrowsAnyAsync<Exception>(host.InitializeAsync);
            Assert.Contains("notifications:webhookSecretKey", error.ToString());
        }
        finally
        {
            await host.DisposeAsync();
        }
    }

    private sealed class HostWithoutKey : Infrastructure.NotificationsHost
    {
        protected override Task BeforeStartAsync()
        {
            Sidecar.Secrets.TryRemove("notifications:webhookSecretKey", out _);
            return Task.CompletedTask;
        }
    }
}
