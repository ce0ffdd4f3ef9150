using System.Security.Claims;
using PurchasePlatform.BuildingBlocks.Errors;
using PurchasePlatform.BuildingBlocks.Responses;
using PurchasePlatform.BuildingBlocks.Validation;
using PurchasePlatform.Identity.Domain.Users;

namespace PurchasePlatform.Identity.Apis.Users;

/// <summary>Seed 003's user routes under /api/v1/users: the caller's own profile and password.</summary>
public static class UsersApi
{
    public static RouteGroupBuilder MapUsersApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/users").WithTags("Users").AddEndpointFilter<ConcurrencyConflictFilter>();

        api.MapGet("/profile", GetProfileAsync).RequireAuthorization();
        api.MapPut("/profile", UpdateProfileAsync).WithValidation<UpdateProfileRequest>().RequireAuthorization();
        api.MapPost("/change-password", ChangePasswordAsync).WithValidation<ChangePasswordRequest>().RequireAuthorization();
        api.MapPost("/forgot-password", ForgotPasswordAsync).WithValidation<ForgotPasswordRequest>().AllowAnonymous();
        api.MapPost("/reset-password", ResetPasswordAsync).WithValidation<ResetPasswordRequest>().AllowAnonymous();
        api.MapAddressesApi();
        return api;
    }

    public static async Task<IResult> GetProfileAsync(ClaimsPrincipal principal, IdentityServices services, CancellationToken cancellationToken) =>
        await services.Users.FindCallerAsync(principal, cancellationToken) is { } user
            ? ApiResults.Ok(ProfileResponse.From(user))
            : IdentityErrors.UnknownCaller();

    /// <summary>Replaces the editable profile: a phone number or date of birth left out is cleared.</summary>
    public static async Task<IResult> UpdateProfileAsync(UpdateProfileRequest request, ClaimsPrincipal principal, IdentityServices services,
        CancellationToken cancellationToken)
    {
        if (await services.Users.FindCallerAsync(principal, cancellationToken) is not { } user)
        {
            return IdentityErrors.UnknownCaller();
        }

        user.UpdateProfile(new PersonalDetails(request.FirstName!, request.LastName!, request.PhoneNumber, request.DateOfBirth), services.Now);
        await services.Users.SaveAsync(cancellationToken);
        return ApiResults.Ok(UpdatedProfileResponse.From(user), "Profile updated successfully");
    }

    /// <summary>
    /// A wrong current password answers 400 naming <c>currentPassword</c> (the access token is fine, so not 401) and
    /// counts towards the lockout like a failed login. A new password ends every session (refresh tokens).
    /// </summary>
    public static async Task<IResult> ChangePasswordAsync(ChangePasswordRequest request, ClaimsPrincipal principal, IdentityServices services,
        CancellationToken cancellationToken)
    {
        if (await services.Users.FindCallerAsync(principal, cancellationToken) is not { } user)
        {
            return IdentityErrors.UnknownCaller();
        }

        var now = services.Now;
        var outcome = user.AttemptLogin(services.Passwords.Verify(user, request.CurrentPassword!).Matches, now);
        if (outcome == LoginOutcome.Succeeded)
        {
            user.ChangePassword(services.Passwords.Hash(request.NewPassword!), now);
        }

        await services.Users.SaveAsync(cancellationToken);
        return outcome switch
        {
            LoginOutcome.Succeeded => TypedResults.Ok(MessageResponse.Of("Password changed successfully")),
            LoginOutcome.Locked => IdentityErrors.Locked(user.LockedUntil!.Value - now),
            _ => ApiResults.ValidationFailed([new(ErrorCodes.ValidationError, "Current password is incorrect", "currentPassword")]),
        };
    }

    /// <summary>Always the same 200, whether or not the email has an account; for one that has, the reset mail is an event.</summary>
    public static async Task<IResult> ForgotPasswordAsync(ForgotPasswordRequest request, IdentityServices services, CancellationToken cancellationToken)
    {
        if (await services.Users.FindByEmailAsync(request.Email!, cancellationToken) is { } user)
        {
            user.RequestPasswordReset(services.Now);
            await services.Users.SaveAsync(cancellationToken);
        }

        return TypedResults.Ok(MessageResponse.Of("Password reset link sent to your email"));
    }

    /// <summary>Redeems a reset token (single use, 30 minutes); an unknown email gets the invalid-token answer.</summary>
    public static async Task<IResult> ResetPasswordAsync(ResetPasswordRequest request, IdentityServices services, CancellationToken cancellationToken)
    {
        var user = await services.Users.FindByEmailAsync(request.Email!, cancellationToken);
        var newHash = services.Passwords.Hash(request.NewPassword!); // also for unknown emails, which must not answer faster
        var redemption = user?.ResetPassword(request.Token!, newHash, services.Now) ?? TokenRedemption.Invalid;
        switch (redemption)
        {
            case TokenRedemption.Accepted:
                await services.Users.SaveAsync(cancellationToken);
                return TypedResults.Ok(MessageResponse.Of("Password reset successfully"));
            case TokenRedemption.Expired:
                return IdentityErrors.ExpiredToken("token", "Password reset token has expired");
            default:
                return IdentityErrors.InvalidToken("token", "Invalid or already used password reset token");
        }
    }
}
