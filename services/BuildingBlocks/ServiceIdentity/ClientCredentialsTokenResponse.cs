using System.Text.Json.Serialization;

namespace PurchasePlatform.BuildingBlocks.ServiceIdentity;

/// <summary>The OAuth2 token response (RFC 6749 §5.1) Identity answers to the client-credentials grant.</summary>
public sealed record ClientCredentialsTokenResponse(
    [property: JsonPropertyName("access_token")] string AccessToken,
    [property: JsonPropertyName("token_type")] string TokenType,
    [property: JsonPropertyName("expires_in")] int ExpiresIn,
    [property: JsonPropertyName("scope")] string? Scope = null);
