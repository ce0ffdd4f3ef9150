using System.Text.Json.Serialization;

namespace PurchasePlatform.BuildingBlocks.Responses;

/// <summary>The success body of every <c>/api/v1</c> response (seed 003, "Standard Response Format").</summary>
public sealed record ApiResponse<T>(
    T Data,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Message,
    DateTime Timestamp)
{
    [JsonPropertyOrder(-1)]
    public bool Success => true;
}
