using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;

namespace PurchasePlatform.BuildingBlocks.Errors;

/// <summary>What an error with only a status code says: its code, the envelope's message and the error's message.</summary>
internal sealed record StatusCodeDefaults(string Code, string Summary, string Detail)
{
    public static StatusCodeDefaults For(int statusCode) => statusCode switch
    {
        StatusCodes.Status400BadRequest => new(ErrorCodes.ValidationError, "Request validation failed", "The request is invalid"),
        StatusCodes.Status401Unauthorized => new(ErrorCodes.Unauthorized, "Authentication failed", "Authentication required"),
        StatusCodes.Status403Forbidden => new(ErrorCodes.Forbidden, "Access denied", "You do not have permission to access this resource"),
        StatusCodes.Status404NotFound => new(ErrorCodes.NotFound, "Resource not found", "The requested resource was not found"),
        StatusCodes.Status405MethodNotAllowed => new(ErrorCodes.MethodNotAllowed, "Method not allowed", "The HTTP method is not allowed for this resource"),
        StatusCodes.Status409Conflict => new(ErrorCodes.Conflict, "Conflict", "The request conflicts with the current state of the resource"),
        StatusCodes.Status422UnprocessableEntity => new(ErrorCodes.ValidationError, "Request validation failed", "The request is invalid"),
        StatusCodes.Status429TooManyRequests => new(ErrorCodes.RateLimitExceeded, "Too many requests", "Rate limit exceeded"),
        StatusCodes.Status503ServiceUnavailable => new(ErrorCodes.ServiceUnavailable, "Service unavailable", "The service is temporarily unavailable"),
        >= 500 => new(ErrorCodes.InternalError, "Internal server error", "An unexpected error occurred"),
        _ => new(ErrorCodes.BadRequest, ReasonPhrases.GetReasonPhrase(statusCode), ReasonPhrases.GetReasonPhrase(statusCode)),
    };
}
