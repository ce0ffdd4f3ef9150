using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace PurchasePlatform.Identity.Tokens;

/// <summary>
/// Loads the signing keys before the app serves anything (a missing or invalid key stops start-up with the
/// reason), then reloads them every <see cref="IdentityTokenOptions.KeyRefreshInterval"/> so a rotated key is
/// picked up without a restart.
/// </summary>
internal sealed partial class SigningKeyRefresher(
    ISigningKeySource keys, IOptions<IdentityTokenOptions> options, TimeProvider clock, ILogger<SigningKeyRefresher> logger) : IHostedService, IDisposable
{
    private readonly CancellationTokenSource stopping = new();
    private Task? loop;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await keys.RefreshAsync(cancellationToken);
        loop = RefreshPeriodicallyAsync(stopping.Token);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await stopping.CancelAsync();
        if (loop is not null)
        {
            await loop.WaitAsync(cancellationToken);
        }
    }

    public void Dispose() => stopping.Dispose();

    private async Task RefreshPeriodicallyAsync(CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(options.Value.KeyRefreshInterval, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken))
            {
                try
                {
                    await keys.RefreshAsync(cancellationToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    LogRefreshFailed(ex, keys.Keys.Current.KeyId);
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reloading the signing keys failed; still signing with key {KeyId}")]
    private partial void LogRefreshFailed(Exception exception, string keyId);
}
