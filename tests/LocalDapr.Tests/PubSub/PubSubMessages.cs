using System.Text;
using LocalDapr.PubSub;

namespace LocalDapr.Tests.PubSub;

internal static class PubSubMessages
{
    public static string NewTopic() => "orders-" + Guid.NewGuid().ToString("N")[..8];

    public static PubSubMessage Text(string topic, string text, IReadOnlyDictionary<string, string>? metadata = null) =>
        new(topic, Encoding.UTF8.GetBytes(text), "text/plain", metadata ?? new Dictionary<string, string>());

    /// <summary>Waits, for a bounded time, until <paramref name="condition"/> holds; for state a test can only poll.</summary>
    public static async Task EventuallyAsync(Func<Task<bool>> condition, string what)
    {
        var deadline = DateTime.UtcNow + DeliveryLog.Patience;
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"waited {DeliveryLog.Patience.TotalSeconds} s for {what}");
            await Task.Delay(50);
        }
    }
}
