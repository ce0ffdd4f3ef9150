using PurchasePlatform.BuildingBlocks.Errors;
using PurchasePlatform.BuildingBlocks.Responses;

namespace PurchasePlatform.Gateway.Errors;

/// <summary>The errors the gateway answers itself, in the platform format (the seed-003 envelope under /api/v1).</summary>
internal static class GatewayErrors
{
    public const string UnsupportedApiVersionCode = "UNSUPPORTED_API_VERSION";
    public const string PayloadTooLargeCode = "PAYLOAD_TOO_LARGE";

    public static ErrorResult ServiceUnavailable(string appId) =>
        ApiResults.Error(StatusCodes.Status503ServiceUnavailable, ErrorCodes.ServiceUnavailable, $"The {appId} service is temporarily unavailable");

    public static ErrorResult PayloadTooLarge(long limitBytes) =>
        ApiResults.Error(StatusCodes.Status413PayloadTooLarge, PayloadTooLargeCode, $"The request body must not exceed {limitBytes} bytes",
            summary: "Request too large");

    public static ErrorResult UnsupportedApiVersion(string requested) =>
        ApiResults.Error(StatusCodes.Status400BadRequest, UnsupportedApiVersionCode, $"API version '{requested}' is not supported; use v1",
            summary: "Unsupported API version");

    /// <summary>The body seed 003 documents under "Rate Limit Exceeded Response", plus traceId like every error.</summary>
    public static ErrorResult RateLimitExceeded(int retryAfterSeconds) =>
        ApiResults.Error(StatusCodes.Status429TooManyRequests, "Too many requests",
            [new ApiError(ErrorCodes.RateLimitExceeded, "API rate limit exceeded")], retryAfterSeconds);
}
