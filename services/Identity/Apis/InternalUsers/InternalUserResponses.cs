using System.Text.Json;
using System.Text.Json.Serialization;
using PurchasePlatform.Identity.Domain.Users;
using PurchasePlatform.Identity.Infrastructure.Outbox;

namespace PurchasePlatform.Identity.Apis.InternalUsers;

public sealed record UserResponse(
    [property: JsonPropertyName("id")] Guid Id,
    [property: JsonPropertyName("email")] string Email,
    [property: JsonPropertyName("username")] string? Username,
    [property: JsonPropertyName("first_name")] string FirstName,
    [property: JsonPropertyName("last_name")] string LastName,
    [property: JsonPropertyName("phone")] string? Phone,
    [property: JsonPropertyName("is_active")] bool IsActive,
    [property: JsonPropertyName("is_verified")] bool IsVerified,
    [property: JsonPropertyName("created_at")] DateTime CreatedAt,
    [property: JsonPropertyName("profile"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] UserProfileResponse? Profile = null)
{
    public static UserResponse From(User user, bool withProfile = false) => new(
        user.Id, user.Email, user.Username, user.FirstName, user.LastName, user.PhoneNumber, user.IsActive, user.IsEmailVerified,
        ApiTimes.ToSeconds(user.CreatedAt), withProfile ? UserProfileResponse.From(user) : null);
}

/// <summary>002's profile block; country and city come from the default address, the platform keeps no bio.</summary>
public sealed record UserProfileResponse(
    [property: JsonPropertyName("bio")] string? Bio,
    [property: JsonPropertyName("country")] string? Country,
    [property: JsonPropertyName("city")] string? City)
{
    public static UserProfileResponse From(User user)
    {
        var home = user.Addresses.FirstOrDefault(address => address.IsDefault);
        return new UserProfileResponse(null, home?.Country, home?.City);
    }
}

public sealed record UserEventsResponse([property: JsonPropertyName("events")] IReadOnlyList<UserEventResponse> Events);

public sealed record UserEventResponse(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("event_type")] string EventType,
    [property: JsonPropertyName("data")] JsonElement Data,
    [property: JsonPropertyName("created_at")] DateTime CreatedAt)
{
    /// <summary>The stored data, which never holds the mailed tokens.</summary>
    public static UserEventResponse From(UserEvent row) =>
        new(row.Id, row.EventType, JsonSerializer.Deserialize<JsonElement>(row.Data), ApiTimes.ToSeconds(row.OccurredAt));
}
