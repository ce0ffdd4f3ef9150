namespace PurchasePlatform.BuildingBlocks.Errors;

/// <summary>Names of the ProblemDetails extension members the platform reads and writes.</summary>
public static class ProblemDetailsExtensions
{
    /// <summary>The platform error code (<see cref="ErrorCodes"/>); set it on a ProblemDetails to choose the envelope's code.</summary>
    public const string Code = "code";

    public const string TraceId = "traceId";

    public const string RetryAfter = "retryAfter";
}
