using System.Diagnostics;
using EndToEnd.Tests.Platform;

namespace EndToEnd.Tests.FlashSale;

/// <summary>
/// A buyer following seed 001's retry rules with one idempotency key: 302 — wait in the waiting room (1-2 s, as its
/// page refreshes) and try again, a few times; 500 (or no answer) — back off (100, 200, 500, 1000, 2000 ms, then every 2 s) and try again with the same
/// key. A buyer who has seen a failure keeps trying past 302s too: the first try may have bought, and only an
/// answer tells.
/// </summary>
public sealed class SeedClient(HttpClient gateway)
{
    private static readonly TimeSpan[] FailureBackoff = [TimeSpan.FromMilliseconds(100), TimeSpan.FromMilliseconds(200),
        TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2)];

    public const int RedirectRetries = 5;

    public static readonly TimeSpan GiveUpAfter = TimeSpan.FromSeconds(120);

    /// <summary>Raised with every answer, as it comes.</summary>
    public event Action<OrderAnswer>? Answered;

    /// <summary>Every answer of this send, the last one being its final answer.</summary>
    public async Task<IReadOnlyList<OrderAnswer>> BuyAsync(Customer customer, string productId, string idempotencyKey)
    {
        var answers = new List<OrderAnswer>();
        var clock = Stopwatch.StartNew();
        int redirects = 0, failures = 0;
        while (true)
        {
            var answer = await FlashSaleOrders.OrderAsync(gateway, customer, productId, idempotencyKey);
            answers.Add(answer);
            Answered?.Invoke(answer);
            if (clock.Elapsed > GiveUpAfter) return answers;
            if (answer.Status == 302)
            {
                if (++redirects > RedirectRetries && failures == 0) return answers;
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(1000, 2000)));
            }
            else if (answer.IsFailure)
            {
                await Task.Delay(FailureBackoff[Math.Min(failures++, FailureBackoff.Length - 1)]);
            }
            else
            {
                return answers;
            }
        }
    }
}
