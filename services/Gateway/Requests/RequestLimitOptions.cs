namespace PurchasePlatform.Gateway.Requests;

/// <summary>Configuration section "RequestLimits".</summary>
internal sealed class RequestLimitOptions
{
    public const string SectionName = "RequestLimits";

    /// <summary>Largest request body the gateway forwards; larger ones get 413.</summary>
    public long MaxRequestBodyBytes { get; set; } = 1024 * 1024;
}
