using System.Text.Json.Serialization;

namespace PurchasePlatform.BuildingBlocks.Errors;

/// <summary>One entry of the error envelope's <c>errors</c> list.</summary>
/// <param name="Code">One of <see cref="ErrorCodes"/> (or a service-specific code in the same style).</param>
/// <param name="Message">Human-readable explanation.</param>
/// <param name="Field">The request field at fault (camelCase path), when there is one.</param>
public sealed record ApiError(
    string Code,
    string Message,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Field = null)
{
    /// <summary>Extra members written next to code/message/field, e.g. <c>availableStock</c> for INSUFFICIENT_STOCK.</summary>
    [JsonExtensionData]
    public IDictionary<string, object?>? Details { get; init; }
}
