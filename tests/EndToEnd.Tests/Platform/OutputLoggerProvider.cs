using Microsoft.Extensions.Logging;

namespace EndToEnd.Tests.Platform;

/// <summary>
/// LocalDapr's own log lines (a sidecar that did not stop in time, a reminder that failed), written into the platform
/// output beside the apps' lines, so that a failing test shows them.
/// </summary>
internal sealed class OutputLoggerProvider(TextWriter output) : ILoggerProvider
{
    public ILogger CreateLogger(string categoryName) => new OutputLogger(output, categoryName);

    public void Dispose()
    {
    }

    private sealed class OutputLogger(TextWriter output, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var line = $"== LocalDapr == {logLevel} {category}: {formatter(state, exception)}";
            output.WriteLine(exception is null ? line : $"{line}\n{exception}");
        }
    }
}
