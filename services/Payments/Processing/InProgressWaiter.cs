using System.Diagnostics;
using Microsoft.Extensions.Options;

namespace PurchasePlatform.Payments.Processing;

/// <summary>Paces a duplicate request that waits for the request holding its key (real time, whatever the domain clock says).</summary>
public sealed class InProgressWaiter(IOptions<PaymentsOptions> options)
{
    public Stopwatch Start() => Stopwatch.StartNew();

    /// <returns>False when the wait is over and the duplicate should give up.</returns>
    public async Task<bool> WaitAsync(Stopwatch waited, CancellationToken cancellationToken)
    {
        if (waited.Elapsed >= options.Value.InProgressWait)
        {
            return false;
        }

        await Task.Delay(options.Value.InProgressPollInterval, cancellationToken);
        return true;
    }
}
