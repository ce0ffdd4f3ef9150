namespace PurchasePlatform.Notifications.Webhooks;

/// <summary>Reads the webhook secret key at start, so a missing or malformed key stops start-up with the reason instead of failing registrations later.</summary>
public sealed class WebhookSecretKeyCheck(WebhookSecretProtector protector) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => protector.EnsureKeyAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
