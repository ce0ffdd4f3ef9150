using Microsoft.AspNetCore.Http;
using JsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace PurchasePlatform.BuildingBlocks.Errors;

/// <summary>
/// Writes every error produced through <see cref="IProblemDetailsService"/> (unhandled exceptions, empty 4xx/5xx
/// such as unknown routes, <c>Results.Problem</c>): the seed-003 envelope under /api/v1, otherwise
/// <c>application/problem+json</c> whatever the Accept header says.
/// </summary>
internal sealed class PlatformProblemDetailsWriter(IOptions<ProblemDetailsOptions> problemOptions, IOptions<JsonOptions> jsonOptions)
    : IProblemDetailsWriter
{
    public bool CanWrite(ProblemDetailsContext context) => true;

    public ValueTask WriteAsync(ProblemDetailsContext context)
    {
        var httpContext = context.HttpContext;
        var problem = context.ProblemDetails;
        var statusCode = problem.Status ?? httpContext.Response.StatusCode;

        if (ApiV1Paths.UsesEnvelope(httpContext))
        {
            var (message, errors) = ToEnvelope(problem, statusCode);
            return new ValueTask(ErrorEnvelopeWriter.WriteAsync(httpContext, statusCode, message, errors, RetryAfter(problem)));
        }

        problem.Status = statusCode;
        problem.Title ??= ReasonPhrases.GetReasonPhrase(statusCode);
        problem.Extensions.TryAdd(ProblemDetailsExtensions.Code, StatusCodeDefaults.For(statusCode).Code);
        problem.Extensions[ProblemDetailsExtensions.TraceId] = TraceIds.For(httpContext);
        problemOptions.Value.CustomizeProblemDetails?.Invoke(context);

        httpContext.Response.StatusCode = statusCode;
        return new ValueTask(httpContext.Response.WriteAsJsonAsync(
            problem, problem.GetType(), jsonOptions.Value.SerializerOptions, contentType: "application/problem+json"));
    }

    private static (string Message, IReadOnlyList<ApiError> Errors) ToEnvelope(ProblemDetails problem, int statusCode)
    {
        var defaults = StatusCodeDefaults.For(statusCode);

        if (problem is HttpValidationProblemDetails { Errors.Count: > 0 } validation)
        {
            var fieldErrors = validation.Errors
                .SelectMany(field => field.Value.Select(message => new ApiError(ErrorCodes.ValidationError, message, FieldNames.ToCamelCasePath(field.Key))))
                .ToList();
            return (StatusCodeDefaults.For(StatusCodes.Status400BadRequest).Summary, fieldErrors);
        }

        var code = problem.Extensions.TryGetValue(ProblemDetailsExtensions.Code, out var value) && value is string custom ? custom : defaults.Code;
        return (problem.Title ?? defaults.Summary, [new ApiError(code, problem.Detail ?? defaults.Detail)]);
    }

    private static int? RetryAfter(ProblemDetails problem) =>
        problem.Extensions.TryGetValue(ProblemDetailsExtensions.RetryAfter, out var value) && value is int seconds ? seconds : null;
}
