using FluentValidation.Results;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using PurchasePlatform.BuildingBlocks.Errors;
using PurchasePlatform.BuildingBlocks.Validation;

namespace PurchasePlatform.BuildingBlocks.Responses;

/// <summary>Results in the platform format for endpoints to return.</summary>
public static class ApiResults
{
    public static Ok<ApiResponse<T>> Ok<T>(T data, string? message = null) =>
        TypedResults.Ok(new ApiResponse<T>(data, message, ApiTimestamps.Now()));

    public static Created<ApiResponse<T>> Created<T>(string location, T data, string? message = null) =>
        TypedResults.Created(location, new ApiResponse<T>(data, message, ApiTimestamps.Now()));

    public static Accepted<ApiResponse<T>> Accepted<T>(string? location, T data, string? message = null) =>
        TypedResults.Accepted(location, new ApiResponse<T>(data, message, ApiTimestamps.Now()));

    /// <param name="summary">The envelope's <c>message</c>; defaults to the status code's usual wording ("Resource not found").</param>
    public static ErrorResult Error(int statusCode, string code, string message, string? field = null, string? summary = null) =>
        new(statusCode, summary ?? StatusCodeDefaults.For(statusCode).Summary, [new ApiError(code, message, field)]);

    public static ErrorResult Error(int statusCode, string summary, IReadOnlyList<ApiError> errors, int? retryAfterSeconds = null) =>
        new(statusCode, summary, errors, retryAfterSeconds);

    public static ErrorResult NotFound(string message) =>
        Error(StatusCodes.Status404NotFound, ErrorCodes.NotFound, message);

    public static ErrorResult Conflict(string message, string code = ErrorCodes.Conflict, string? field = null) =>
        Error(StatusCodes.Status409Conflict, code, message, field);

    public static ErrorResult Forbidden(string message = "You do not have permission to access this resource") =>
        Error(StatusCodes.Status403Forbidden, ErrorCodes.Forbidden, message);

    public static ErrorResult Unauthorized(string message = "Authentication required", string code = ErrorCodes.Unauthorized) =>
        Error(StatusCodes.Status401Unauthorized, code, message);

    public static ErrorResult ValidationFailed(IReadOnlyList<ApiError> errors) =>
        Error(StatusCodes.Status400BadRequest, StatusCodeDefaults.For(StatusCodes.Status400BadRequest).Summary, errors);

    public static ErrorResult ValidationFailed(ValidationResult result) =>
        ValidationFailed(result.Errors.Select(ValidationFailures.ToApiError).ToList());
}
