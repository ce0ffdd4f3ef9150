namespace PurchasePlatform.Identity.Tokens;

/// <summary>A signed access token (JWT) and when it stops being accepted.</summary>
/// <param name="Token">The compact JWT, sent as <c>Authorization: Bearer {Token}</c>.</param>
/// <param name="Id">Its <c>jti</c>.</param>
/// <param name="ExpiresIn">Seconds from issue to expiry (the API's <c>expiresIn</c>).</param>
public sealed record AccessToken(string Token, string Id, DateTimeOffset ExpiresAt, int ExpiresIn);
