using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;
using PurchasePlatform.Payments.Processing;
using PurchasePlatform.Payments.Providers;

namespace PurchasePlatform.Payments.Resilience;

/// <summary>
/// Every provider call goes through one pipeline: retry (transient failures only, exponential backoff) around a
/// circuit breaker around a per-attempt timeout, so the breaker sees every attempt, timeouts included. Declines are
/// answers, not failures: they are neither retried nor counted.
/// </summary>
public static class ProviderPipeline
{
    public static bool IsTransient(Exception? exception) => exception is ProviderUnavailableException or TimeoutRejectedException;

    public static ResiliencePipeline Create(ProviderResilienceOptions options, CircuitBreakerMonitor monitor, TimeProvider clock)
    {
        var builder = new ResiliencePipelineBuilder { TimeProvider = clock };
        if (options.MaxRetryAttempts > 0)
        {
            builder.AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = arguments => ValueTask.FromResult(IsTransient(arguments.Outcome.Exception)),
                MaxRetryAttempts = options.MaxRetryAttempts,
                Delay = options.RetryDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
            });
        }

        return builder
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions
            {
                ShouldHandle = arguments =>
                {
                    // Called once per attempt's outcome: the one place that sees every failure, timeouts included.
                    var failed = IsTransient(arguments.Outcome.Exception);
                    if (failed)
                    {
                        monitor.RecordFailure();
                    }

                    return ValueTask.FromResult(failed);
                },
                FailureRatio = options.FailureRatio,
                MinimumThroughput = options.MinimumThroughput,
                SamplingDuration = options.SamplingDuration,
                BreakDuration = options.BreakDuration,
                StateProvider = monitor.StateProvider,
                OnOpened = arguments =>
                {
                    monitor.Opened(arguments.BreakDuration);
                    PaymentMetrics.CircuitChanged("open");
                    return ValueTask.CompletedTask;
                },
                OnHalfOpened = _ =>
                {
                    PaymentMetrics.CircuitChanged("half-open");
                    return ValueTask.CompletedTask;
                },
                OnClosed = _ =>
                {
                    monitor.Closed();
                    PaymentMetrics.CircuitChanged("closed");
                    return ValueTask.CompletedTask;
                },
            })
            .AddTimeout(options.AttemptTimeout)
            .Build();
    }
}
