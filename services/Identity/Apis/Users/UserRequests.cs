namespace PurchasePlatform.Identity.Apis.Users;

public sealed record UpdateProfileRequest(string? FirstName, string? LastName, string? PhoneNumber, DateOnly? DateOfBirth);

public sealed record ChangePasswordRequest(string? CurrentPassword, string? NewPassword, string? ConfirmPassword);

public sealed record ForgotPasswordRequest(string? Email);

public sealed record ResetPasswordRequest(string? Email, string? Token, string? NewPassword, string? ConfirmPassword);

public sealed record AddressRequest(string? Street, string? City, string? State, string? ZipCode, string? Country, bool IsDefault);
