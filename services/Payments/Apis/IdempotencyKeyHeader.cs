using Microsoft.AspNetCore.Http.Features;
using PurchasePlatform.BuildingBlocks.Errors;
using PurchasePlatform.BuildingBlocks.Responses;

namespace PurchasePlatform.Payments.Apis;

/// <summary>The <c>Idempotency-Key</c> every charge and refund needs, and the <c>x-idempotent-replay</c> header of a replayed answer.</summary>
public static class IdempotencyKeyHeader
{
    public const string Name = "Idempotency-Key";
    public const string ReplayHeader = "x-idempotent-replay";
    public const int MaxLength = 255;

    /// <returns>The key, or the 400 answer when it is missing or malformed.</returns>
    public static (string? Key, IResult? Refusal) Read(HttpRequest request)
    {
        var key = request.Headers[Name].ToString().Trim();
        if (key.Length == 0)
        {
            return (null, ApiResults.Error(StatusCodes.Status400BadRequest, ErrorCodes.RequiredField, "The Idempotency-Key header is required", Name));
        }

        if (key.Length > MaxLength || key.Any(char.IsControl))
        {
            return (null, ApiResults.Error(StatusCodes.Status400BadRequest, ErrorCodes.InvalidFormat,
                $"The Idempotency-Key header must be at most {MaxLength} printable characters", Name));
        }

        return (key, null);
    }

    public static IResult MarkReplayed(this IResult result, HttpContext context, bool replayed)
    {
        if (replayed)
        {
            context.Response.Headers[ReplayHeader] = "true";
        }

        return result;
    }

    public static ErrorResult KeyReused() =>
        ApiResults.Error(StatusCodes.Status422UnprocessableEntity, PaymentErrors.IdempotencyKeyReused,
            "This Idempotency-Key was already used with a different request", Name);

    public static ErrorResult InProgress() =>
        ApiResults.Conflict("A request with this Idempotency-Key is still being processed; retry later with the same key");
}
