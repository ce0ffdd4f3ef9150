using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace PurchasePlatform.BuildingBlocks.Errors;

internal static class ErrorEnvelopeWriter
{
    public static Task WriteAsync(HttpContext context, int statusCode, string message, IReadOnlyList<ApiError> errors, int? retryAfterSeconds = null)
    {
        var envelope = new ErrorEnvelope(errors, message, ApiTimestamps.Now(), TraceIds.For(context), context.Request.Path.Value, retryAfterSeconds);
        var json = context.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        context.Response.StatusCode = statusCode;
        return context.Response.WriteAsJsonAsync(envelope, json, contentType: "application/json; charset=utf-8");
    }
}
