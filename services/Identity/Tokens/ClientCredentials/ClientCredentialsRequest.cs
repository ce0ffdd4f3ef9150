using System.Text.Json.Serialization;

namespace PurchasePlatform.Identity.Tokens.ClientCredentials;

/// <summary>The token request (RFC 6749 §4.4), sent as a form or as JSON with the same names.</summary>
public sealed record ClientCredentialsRequest(
    [property: JsonPropertyName("grant_type")] string? GrantType,
    [property: JsonPropertyName("client_id")] string? ClientId,
    [property: JsonPropertyName("client_secret")] string? ClientSecret,
    [property: JsonPropertyName("scope")] string? Scope);

/// <summary>An OAuth2 error answer (RFC 6749 §5.2).</summary>
public sealed record OAuthError(
    [property: JsonPropertyName("error")] string Error,
    [property: JsonPropertyName("error_description")] string Description);
