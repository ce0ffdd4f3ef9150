using Polly;
using Polly.CircuitBreaker;
using PurchasePlatform.Payments.Providers;

namespace PurchasePlatform.Payments.Resilience;

/// <summary>Charges and refunds through the <see cref="ProviderPipeline"/>; every way the provider can be unreachable ends as one exception.</summary>
public sealed class ResilientPaymentProvider(IPaymentProvider provider, ResiliencePipeline pipeline)
{
    /// <exception cref="ProviderUnreachableException">Every attempt failed transiently, or the circuit is open.</exception>
    public Task<ChargeResult> ChargeAsync(ChargeRequest request, CancellationToken cancellationToken) =>
        ExecuteAsync(static (state, token) => new ValueTask<ChargeResult>(state.provider.ChargeAsync(state.request, token)), (provider, request),
            cancellationToken);

    /// <exception cref="ProviderUnreachableException">Every attempt failed transiently, or the circuit is open.</exception>
    public Task<ProviderRefundResult> RefundAsync(ProviderRefundRequest request, CancellationToken cancellationToken) =>
        ExecuteAsync(static (state, token) => new ValueTask<ProviderRefundResult>(state.provider.RefundAsync(state.request, token)), (provider, request),
            cancellationToken);

    private async Task<TResult> ExecuteAsync<TResult, TState>(Func<TState, CancellationToken, ValueTask<TResult>> call, TState state,
        CancellationToken cancellationToken)
    {
        try
        {
            return await pipeline.ExecuteAsync(call, state, cancellationToken);
        }
        catch (BrokenCircuitException ex)
        {
            throw new ProviderUnreachableException("The payment provider's circuit is open", ex);
        }
        catch (Exception ex) when (ProviderPipeline.IsTransient(ex))
        {
            throw new ProviderUnreachableException("The payment provider did not answer", ex);
        }
    }
}

/// <summary>The provider's answer is unknown; the same request may be retried later without charging twice.</summary>
public sealed class ProviderUnreachableException(string message, Exception inner) : Exception(message, inner);
