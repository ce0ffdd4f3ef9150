namespace PurchasePlatform.Identity.Apis.Auth;

// Members are nullable because clients may leave them out; the validators reject what is missing.

public sealed record RegisterRequest(string? Email, string? Password, string? FirstName, string? LastName, string? PhoneNumber);

public sealed record LoginRequest(string? Email, string? Password);

public sealed record RefreshRequest(string? RefreshToken);

public sealed record LogoutRequest(string? RefreshToken);

public sealed record VerifyEmailRequest(string? Email, string? Token);
