using PurchasePlatform.BuildingBlocks.Authentication;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using PurchasePlatform.BuildingBlocks.Errors;
using PurchasePlatform.BuildingBlocks.Responses;
using PurchasePlatform.BuildingBlocks.Validation;
using PurchasePlatform.Identity.Domain.Users;
using PurchasePlatform.Identity.Infrastructure.Passwords;

namespace PurchasePlatform.Identity.Apis.Auth;

/// <summary>Seed 003's authentication routes under /api/v1/auth.</summary>
public static class AuthApi
{
    private const string TokenType = "Bearer";
    private const int ConflictRetries = 3;

    // Each round of racing saves lets at least one through, so this many attempts count a burst of ten parallel
    // guesses; a request that still loses answers 409 and learns nothing about the password.
    private const int LoginAttempts = 10;

    public static RouteGroupBuilder MapAuthApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/auth").WithTags("Auth").AddEndpointFilter<ConcurrencyConflictFilter>();

        api.MapPost("/register", RegisterAsync).WithValidation<RegisterRequest>().AllowAnonymous();
        api.MapPost("/login", LoginAsync).WithValidation<LoginRequest>().AllowAnonymous();
        api.MapPost("/refresh", RefreshAsync).WithValidation<RefreshRequest>().AllowAnonymous();
        api.MapPost("/logout", LogoutAsync).WithValidation<LogoutRequest>().RequireAuthorization();
        api.MapPost("/verify-email", VerifyEmailAsync).WithValidation<VerifyEmailRequest>().AllowAnonymous();
        return api;
    }

    public static async Task<IResult> RegisterAsync(RegisterRequest request, IdentityServices services, CancellationToken cancellationToken)
    {
        if (await services.Users.EmailExistsAsync(request.Email!, cancellationToken))
        {
            return EmailTaken();
        }

        var details = new PersonalDetails(request.FirstName!, request.LastName!, request.PhoneNumber, null);
        var user = User.Register(request.Email!, null, details, services.Passwords.Hash(request.Password!), services.Now);
        services.Users.Add(user);
        try
        {
            await services.Users.SaveAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // A registration with the same email was saved in between.
            if (await services.Users.EmailExistsAsync(request.Email!, CancellationToken.None))
            {
                return EmailTaken();
            }

            throw;
        }

        return ApiResults.Created("/api/v1/users/profile", new RegisterResponse(user.Id, user.Email, !user.IsEmailVerified),
            "Registration successful. Please verify your email.");
    }

    /// <summary>
    /// An unknown email and a wrong password get the same 401, after the same password hashing work. Five wrong
    /// passwords in a row lock the account for 15 minutes: 403 ACCOUNT_LOCKED with retryAfter, whatever the password.
    /// </summary>
    public static async Task<IResult> LoginAsync(LoginRequest request, IdentityServices services, CancellationToken cancellationToken)
    {
        PasswordCheck? check = null;
        for (var attempt = 1; ; attempt++)
        {
            var user = await services.Users.FindByEmailAsync(request.Email!, cancellationToken);
            if (user is null)
            {
                services.Passwords.VerifyDecoy(request.Password!);
                return IdentityErrors.InvalidCredentials();
            }

            check ??= services.Passwords.Verify(user, request.Password!);
            var now = services.Now;
            var outcome = user.AttemptLogin(check.Matches, now);
            var refreshToken = outcome == LoginOutcome.Succeeded ? user.StartSession(now) : null;
            if (refreshToken is not null && check.UpgradedHash is { } upgraded)
            {
                user.UpgradePasswordHash(upgraded);
            }

            try
            {
                await services.Users.SaveAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException) when (attempt < LoginAttempts)
            {
                // Failed attempts racing each other must all count, so the attempt is applied again to fresh state.
                services.Users.Forget();
                continue;
            }

            return outcome switch
            {
                LoginOutcome.Succeeded => ApiResults.Ok(LoginResponseFor(user, refreshToken!, services)),
                LoginOutcome.Locked => IdentityErrors.Locked(user.LockedUntil!.Value - now),
                _ => IdentityErrors.InvalidCredentials(),
            };
        }
    }

    /// <summary>Rotates the refresh token. Presenting one that was already rotated revokes its whole session.</summary>
    public static async Task<IResult> RefreshAsync(RefreshRequest request, IdentityServices services, CancellationToken cancellationToken)
    {
        var hash = SecretToken.HashOf(request.RefreshToken!);
        for (var attempt = 1; ; attempt++)
        {
            var user = await services.Users.FindByRefreshTokenAsync(hash, cancellationToken);
            if (user is null)
            {
                return InvalidRefreshToken("Invalid refresh token");
            }

            var result = user.Refresh(hash, services.Now);
            try
            {
                await services.Users.SaveAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException) when (attempt < ConflictRetries)
            {
                // A concurrent refresh with the same token won the race: applied again, this one is a reuse.
                services.Users.Forget();
                continue;
            }

            return result.Outcome switch
            {
                RefreshOutcome.Rotated => ApiResults.Ok(TokenResponseFor(user, result.NewToken!, services)),
                RefreshOutcome.Expired => ApiResults.Unauthorized("Refresh token has expired", ErrorCodes.ExpiredToken),
                RefreshOutcome.ReuseDetected => InvalidRefreshToken("Refresh token was already used; the session has been revoked"),
                _ => InvalidRefreshToken("Invalid refresh token"),
            };
        }
    }

    /// <summary>Ends the session of the presented refresh token when it is the caller's; 204 either way.</summary>
    public static async Task<IResult> LogoutAsync(LogoutRequest request, ClaimsPrincipal principal, IdentityServices services,
        CancellationToken cancellationToken)
    {
        if (principal.UserId() is not { } userId || await services.Users.FindAsync(userId, cancellationToken) is not { } user)
        {
            return IdentityErrors.UnknownCaller();
        }

        if (user.EndSession(SecretToken.HashOf(request.RefreshToken!), services.Now))
        {
            await services.Users.SaveAsync(cancellationToken);
        }

        return TypedResults.NoContent();
    }

    public static async Task<IResult> VerifyEmailAsync(VerifyEmailRequest request, IdentityServices services, CancellationToken cancellationToken)
    {
        var user = await services.Users.FindByEmailAsync(request.Email!, cancellationToken);
        var redemption = user?.VerifyEmail(request.Token!, services.Now) ?? TokenRedemption.Invalid;
        switch (redemption)
        {
            case TokenRedemption.Accepted:
                await services.Users.SaveAsync(cancellationToken);
                return TypedResults.Ok(MessageResponse.Of("Email verified successfully"));
            case TokenRedemption.AlreadyDone:
                return TypedResults.Ok(MessageResponse.Of("Email already verified"));
            case TokenRedemption.Expired:
                return IdentityErrors.ExpiredToken("token", "Verification token has expired");
            default:
                return IdentityErrors.InvalidToken("token", "Invalid verification token");
        }
    }

    private static LoginResponse LoginResponseFor(User user, SecretToken refreshToken, IdentityServices services)
    {
        var access = services.Tokens.Issue(user.Id, user.Email, user.Roles);
        return new LoginResponse(access.Token, refreshToken.Value, access.ExpiresIn, TokenType,
            new LoginUser(user.Id, user.Email, user.FirstName, user.LastName, user.Roles));
    }

    private static TokenResponse TokenResponseFor(User user, SecretToken refreshToken, IdentityServices services)
    {
        var access = services.Tokens.Issue(user.Id, user.Email, user.Roles);
        return new TokenResponse(access.Token, refreshToken.Value, access.ExpiresIn, TokenType);
    }

    private static ErrorResult EmailTaken() =>
        ApiResults.Conflict("An account with this email already exists", ErrorCodes.AlreadyExists, "email");

    private static ErrorResult InvalidRefreshToken(string message) => ApiResults.Unauthorized(message, ErrorCodes.InvalidToken);
}
