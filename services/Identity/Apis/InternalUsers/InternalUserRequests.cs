using System.Text.Json.Serialization;

namespace PurchasePlatform.Identity.Apis.InternalUsers;

// 002's snake_case bodies.

public sealed record CreateUserRequest(
    string? Email,
    string? Username,
    string? Password,
    [property: JsonPropertyName("first_name")] string? FirstName,
    [property: JsonPropertyName("last_name")] string? LastName,
    string? Phone);

/// <summary>Members left out keep their value.</summary>
public sealed record UpdateUserRequest(
    [property: JsonPropertyName("first_name")] string? FirstName,
    [property: JsonPropertyName("last_name")] string? LastName,
    string? Phone);

public sealed record VerifyUserRequest([property: JsonPropertyName("verification_token")] string? VerificationToken);
