namespace LocalDapr.Hosting;

/// <summary>
/// The sidecars' host lifetime: none of its own. The default one takes over the process's SIGINT, SIGTERM and
/// SIGQUIT and cancels them, so a test run or benchmark holding sidecars could no longer be stopped by a signal.
/// Whoever owns the process decides what a signal means (Program.cs stops the apps, then the sidecars).
/// </summary>
internal sealed class EmbeddedHostLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
