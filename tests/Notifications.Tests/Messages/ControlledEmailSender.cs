using PurchasePlatform.Notifications.Messages.Delivery;

namespace PurchasePlatform.Notifications.Tests.Messages;

/// <summary>
/// The simulated provider behind two test controls: <see cref="HoldNextSend"/> makes the next send wait (inside the
/// provider) until released, <see cref="CrashAfterNextSend"/> makes the pass die right after the provider accepted.
/// </summary>
public sealed class ControlledEmailSender : IEmailSender
{
    private TaskCompletionSource? entered;
    private TaskCompletionSource? release;
    private CancellationTokenSource? crash;

    public SimulatedEmailSender Provider { get; } = new();

    public (Task Entered, Action Release) HoldNextSend()
    {
        entered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        return (entered.Task, release.SetResult);
    }

    /// <summary>The token to run the crashing pass with: it is cancelled once the provider accepted, as if the process stopped there.</summary>
    public CancellationToken CrashAfterNextSend()
    {
        crash = new CancellationTokenSource();
        return crash.Token;
    }

    public async Task<SendResult> SendAsync(EmailMessage message, string idempotencyKey, CancellationToken cancellationToken)
    {
        if (Interlocked.Exchange(ref entered, null) is { } hold)
        {
            hold.SetResult();
            await release!.Task;
        }

        var result = await Provider.SendAsync(message, idempotencyKey, cancellationToken);
        if (Interlocked.Exchange(ref crash, null) is { } stop)
        {
            await stop.CancelAsync();
            cancellationToken.ThrowIfCancellationRequested();
        }

        return result;
    }
}
