using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace PurchasePlatform.BuildingBlocks.Errors;

/// <summary>
/// An error answer in the platform format: the seed-003 envelope under /api/v1, ProblemDetails elsewhere
/// (field errors become ProblemDetails <c>errors</c>, the first code becomes the <c>code</c> extension).
/// </summary>
public sealed class ErrorResult : IResult, IStatusCodeHttpResult
{
    public ErrorResult(int statusCode, string message, IReadOnlyList<ApiError> errors, int? retryAfterSeconds = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(statusCode, 400);
        ArgumentOutOfRangeException.ThrowIfZero(errors.Count);
        StatusCode = statusCode;
        Message = message;
        Errors = errors;
        RetryAfterSeconds = retryAfterSeconds;
    }

    public int StatusCode { get; }

    int? IStatusCodeHttpResult.StatusCode => StatusCode;

    public string Message { get; }

    public IReadOnlyList<ApiError> Errors { get; }

    public int? RetryAfterSeconds { get; }

    public Task ExecuteAsync(HttpContext httpContext)
    {
        if (RetryAfterSeconds is { } seconds)
        {
            httpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        }

        if (ApiV1Paths.UsesEnvelope(httpContext))
        {
            return ErrorEnvelopeWriter.WriteAsync(httpContext, StatusCode, Message, Errors, RetryAfterSeconds);
        }

        httpContext.Response.StatusCode = StatusCode;
        return httpContext.RequestServices.GetRequiredService<IProblemDetailsService>()
            .WriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = ToProblemDetails() })
            .AsTask();
    }

    private ProblemDetails ToProblemDetails()
    {
        var fieldErrors = Errors.Where(error => error.Field is not null).ToList();
        var problem = fieldErrors.Count > 0
            ? new HttpValidationProblemDetails(fieldErrors
                .GroupBy(error => error.Field!)
                .ToDictionary(group => group.Key, group => group.Select(error => error.Message).ToArray()))
            : new ProblemDetails { Detail = Errors[0].Message };

        problem.Status = StatusCode;
        problem.Title = Message;
        problem.Extensions[ProblemDetailsExtensions.Code] = Errors[0].Code;
        if (RetryAfterSeconds is { } seconds)
        {
            problem.Extensions[ProblemDetailsExtensions.RetryAfter] = seconds;
        }

        return problem;
    }
}
