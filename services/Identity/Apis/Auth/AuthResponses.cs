namespace PurchasePlatform.Identity.Apis.Auth;

public sealed record RegisterResponse(Guid UserId, string Email, bool EmailVerificationRequired);

public sealed record LoginResponse(string AccessToken, string RefreshToken, int ExpiresIn, string TokenType, LoginUser User);

public sealed record LoginUser(Guid Id, string Email, string FirstName, string LastName, IReadOnlyList<string> Roles);

public sealed record TokenResponse(string AccessToken, string RefreshToken, int ExpiresIn, string TokenType);
