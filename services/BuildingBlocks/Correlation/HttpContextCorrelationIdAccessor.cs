using Microsoft.AspNetCore.Http;

namespace PurchasePlatform.BuildingBlocks.Correlation;

internal sealed class HttpContextCorrelationIdAccessor(IHttpContextAccessor httpContextAccessor) : ICorrelationIdAccessor
{
    public string? CorrelationId => httpContextAccessor.HttpContext?.GetCorrelationId();
}
