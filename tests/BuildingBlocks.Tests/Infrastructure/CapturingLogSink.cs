using System.Collections.Concurrent;
using Serilog.Core;
using Serilog.Events;

namespace PurchasePlatform.BuildingBlocks.Tests.Infrastructure;

/// <summary>Receives the app's Serilog events (the defaults pick up sinks registered as services).</summary>
public sealed class CapturingLogSink : ILogEventSink
{
    private readonly ConcurrentQueue<LogEvent> events = new();

    public void Emit(LogEvent logEvent) => events.Enqueue(logEvent);

    /// <summary>Waits for an event matching <paramref name="predicate"/>; request logs are written as the pipeline unwinds.</summary>
    public async Task<LogEvent?> WaitForAsync(Func<LogEvent, bool> predicate)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (!timeout.IsCancellationRequested)
        {
            var match = events.FirstOrDefault(predicate);
            if (match is not null)
            {
                return match;
            }

            await Task.Delay(20);
        }

        return null;
    }

    public static string? ScalarString(LogEvent logEvent, string property) =>
        logEvent.Properties.TryGetValue(property, out var value) && value is ScalarValue { Value: string text } ? text : null;
}
