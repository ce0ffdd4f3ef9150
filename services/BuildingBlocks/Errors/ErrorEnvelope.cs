using System.Text.Json.Serialization;

namespace PurchasePlatform.BuildingBlocks.Errors;

/// <summary>The error body of every <c>/api/v1</c> response (seed 003, "Error Response Format").</summary>
public sealed record ErrorEnvelope(
    IReadOnlyList<ApiError> Errors,
    string Message,
    DateTime Timestamp,
    string TraceId,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Path = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? RetryAfter = null)
{
    [JsonPropertyOrder(-1)]
    public bool Success => false;
}
