namespace PurchasePlatform.BuildingBlocks.Errors;

/// <summary>The error codes of the public API (seed 003, "Common Error Codes"), plus the few HTTP-level ones it lacks.</summary>
public static class ErrorCodes
{
    public const string ValidationError = "VALIDATION_ERROR";
    public const string InvalidFormat = "INVALID_FORMAT";
    public const string RequiredField = "REQUIRED_FIELD";
    public const string Unauthorized = "UNAUTHORIZED";
    public const string Forbidden = "FORBIDDEN";
    public const string NotFound = "NOT_FOUND";
    public const string AlreadyExists = "ALREADY_EXISTS";
    public const string Conflict = "CONFLICT";
    public const string ExpiredToken = "EXPIRED_TOKEN";
    public const string InvalidToken = "INVALID_TOKEN";
    public const string InsufficientStock = "INSUFFICIENT_STOCK";
    public const string PaymentFailed = "PAYMENT_FAILED";
    public const string RateLimitExceeded = "RATE_LIMIT_EXCEEDED";
    public const string ServiceUnavailable = "SERVICE_UNAVAILABLE";
    public const string InternalError = "INTERNAL_ERROR";
    public const string MethodNotAllowed = "METHOD_NOT_ALLOWED";
    public const string BadRequest = "BAD_REQUEST";
}
