namespace PurchasePlatform.BuildingBlocks.Correlation;

/// <summary>Adds the current request's correlation id to outgoing HttpClient calls that do not carry one.</summary>
internal sealed class CorrelationIdForwardingHandler(ICorrelationIdAccessor accessor) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (accessor.CorrelationId is { } correlationId && !request.Headers.Contains(CorrelationIds.HeaderName))
        {
            request.Headers.TryAddWithoutValidation(CorrelationIds.HeaderName, correlationId);
        }

        return base.SendAsync(request, cancellationToken);
    }
}
