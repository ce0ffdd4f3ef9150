using System.Globalization;
using PurchasePlatform.BuildingBlocks.Errors;
using PurchasePlatform.BuildingBlocks.Responses;

namespace PurchasePlatform.Identity.Apis;

/// <summary>Identity's error answers, in the platform format.</summary>
public static class IdentityErrors
{
    /// <summary>Identity's own code: too many wrong passwords; <c>retryAfter</c> says when to try again.</summary>
    public const string AccountLocked = "ACCOUNT_LOCKED";

    // 002's User Service codes, used on /api/users.
    public const string EmailExists = "USER_001";
    public const string UsernameExists = "USER_002";
    public const string InvalidVerificationToken = "USER_003";
    public const string UserNotFound = "USER_004";

    /// <summary>The same answer for an unknown email and a wrong password.</summary>
    public static ErrorResult InvalidCredentials() =>
        ApiResults.Error(StatusCodes.Status401Unauthorized, ErrorCodes.Unauthorized, "Invalid credentials", summary: "Authentication failed");

    public static ErrorResult Locked(TimeSpan remaining)
    {
        var seconds = Math.Max(1, (int)Math.Ceiling(remaining.TotalSeconds));
        var message = string.Create(CultureInfo.InvariantCulture,
            $"Account locked after too many failed login attempts. Try again in {seconds} seconds");
        return ApiResults.Error(StatusCodes.Status403Forbidden, "Account locked", [new ApiError(AccountLocked, message)], seconds);
    }

    /// <summary>The token names a user that no longer exists.</summary>
    public static ErrorResult UnknownCaller() => ApiResults.Unauthorized("The user of this access token no longer exists", ErrorCodes.InvalidToken);

    public static ErrorResult InvalidToken(string field, string message) =>
        ApiResults.Error(StatusCodes.Status400BadRequest, ErrorCodes.InvalidToken, message, field);

    public static ErrorResult ExpiredToken(string field, string message) =>
        ApiResults.Error(StatusCodes.Status400BadRequest, ErrorCodes.ExpiredToken, message, field);

    public static ErrorResult ChangedConcurrently() =>
        ApiResults.Conflict("The user was changed by another request at the same time; try again");
}
