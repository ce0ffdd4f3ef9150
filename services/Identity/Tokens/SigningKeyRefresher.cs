using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace PurchasePlatform.Identity.Tokens;

/// <summary>
/// Loads the signing keys before the app serves anything (a missing or invalid key stops start-up with the
/// reason), then reloads them every <see cref="IdentityTokenOptions.KeyRefreshInterval"/> so a rotated key is
/// picked up without a restart.
/// </summary>
/// <remarks>
/// A <see cref="BackgroundService"/> rather than a hand-made loop: the host can be stopped twice at once (the
/// app's own <c>Run</c> and its owner both stop it) and then disposed, and BackgroundService's stop stays safe then.
/// </remarks>
internal sealed partial class SigningKeyRefresher(
    ISigningKeySource keys, IOptions<IdentityTokenOptions> options, TimeProvider clock, ILogger<SigningKeyRefresher> logger) : BackgroundService
{
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await keys.RefreshAsync(cancellationToken);
        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.KeyRefreshInterval, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    await keys.RefreshAsync(stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    LogRefreshFailed(ex, keys.Keys.Current.KeyId);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reloading the signing keys failed; still signing with key {KeyId}")]
    private partial void LogRefreshFailed(Exception exception, string keyId);
}
