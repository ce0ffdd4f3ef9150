using System.Text;
using LocalDapr.PubSub;

namespace LocalDapr.Tests.PubSub;

/// <summary>Records what a handler received and lets a test wait, for a bounded time, until a condition holds.</summary>
internal sealed class DeliveryLog
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    private readonly Lock _gate = new();
    private readonly List<PubSubMessage> _messages = [];
    private readonly List<(Func<IReadOnlyList<PubSubMessage>, bool> Done, TaskCompletionSource Signal)> _waiters = [];

    public IReadOnlyList<PubSubMessage> Messages
    {
        get
        {
            lock (_gate) return _messages.ToArray();
        }
    }

    public IReadOnlyList<string> Texts => Messages.Select(Text).ToArray();

    public static string Text(PubSubMessage message) => Encoding.UTF8.GetString(message.Data);

    /// <summary>A handler that records each message and answers <paramref name="result"/>.</summary>
    public PubSubHandler Answering(DeliveryResult result = DeliveryResult.Success) => (message, _) =>
    {
        Record(message);
        return Task.FromResult(result);
    };

    public void Record(PubSubMessage message)
    {
        lock (_gate)
        {
            _messages.Add(message);
            foreach (var waiter in _waiters.Where(w => w.Done(_messages)).ToList())
            {
                _waiters.Remove(waiter);
                waiter.Signal.TrySetResult();
            }
        }
    }

    public Task WaitForCountAsync(int count) => WaitUntilAsync(m => m.Count >= count, $"{count} deliveries");

    public Task WaitForTextAsync(string text, int times = 1) =>
        WaitUntilAsync(m => m.Count(x => Text(x) == text) >= times, $"'{text}' delivered {times} time(s)");

    public async Task WaitUntilAsync(Func<IReadOnlyList<PubSubMessage>, bool> done, string what)
    {
        var signal = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_gate)
        {
            if (done(_messages)) return;
            _waiters.Add((done, signal));
        }

        try
        {
            await signal.Task.WaitAsync(Patience);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"waited {Patience.TotalSeconds} s for {what}; received [{string.Join(", ", Texts)}]");
        }
    }
}
