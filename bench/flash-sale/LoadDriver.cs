using System.Diagnostics;
using EndToEnd.Tests.Platform;

namespace PurchasePlatform.Bench.FlashSale;

/// <param name="Answers">How many orders got each answer, as "status result" (e.g. "200 success", "409 sold_out").</param>
public sealed record LoadResult(string Name, int Clients, TimeSpan Elapsed, double[] LatenciesMs, IReadOnlyDictionary<string, int> Answers)
{
    public int Orders => LatenciesMs.Length;

    public double OrdersPerSecond => Orders / Elapsed.TotalSeconds;

    public int Accepted => Answers.GetValueOrDefault("200 success");

    public double Percentile(double p)
    {
        var sorted = LatenciesMs.Order().ToArray();
        return sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
    }
}

/// <summary>N clients, each sending its next order as soon as its previous one is answered (a closed loop).</summary>
public static class LoadDriver
{
    public sealed record Order(Customer Customer, string ProductId, string IdempotencyKey);

    public static async Task<LoadResult> RunAsync(string name, HttpClient http, int clients, IReadOnlyList<Order> orders)
    {
        var latencies = new double[orders.Count];
        var answers = new string[orders.Count];
        var next = -1;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(_ => Task.Run(async () =>
        {
            for (var i = Interlocked.Increment(ref next); i < orders.Count; i = Interlocked.Increment(ref next))
            {
                var started = Stopwatch.GetTimestamp();
                var answer = await FlashSaleOrders.OrderAsync(http, orders[i].Customer, orders[i].ProductId, orders[i].IdempotencyKey);
                latencies[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                answers[i] = $"{answer.Status} {answer.Result}";
            }
        })));
        var elapsed = clock.Elapsed;
        return new LoadResult(name, clients, elapsed, latencies, answers.GroupBy(a => a).ToDictionary(g => g.Key, g => g.Count()));
    }

    /// <summary>Orders spread round-robin over the products and the customers, each with a new idempotency key.</summary>
    public static IReadOnlyList<Order> Plan(int count, IReadOnlyList<Customer> customers, IReadOnlyList<string> products) =>
        Enumerable.Range(0, count).Select(i => new Order(customers[i % customers.Count], products[i % products.Count], Guid.NewGuid().ToString())).ToList();
}
