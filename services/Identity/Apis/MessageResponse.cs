using System.Text.Json.Serialization;

namespace PurchasePlatform.Identity.Apis;

/// <summary>A success body with a message and no data, as seed 003 shows for password changes and resets.</summary>
public sealed record MessageResponse(string Message, DateTime Timestamp)
{
    [JsonPropertyOrder(-1)]
    public bool Success => true;

    public static MessageResponse Of(string message) => new(message, ApiTimes.ToSeconds(DateTime.UtcNow));
}
