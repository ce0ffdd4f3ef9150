using PurchasePlatform.BuildingBlocks.Authentication;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using PurchasePlatform.BuildingBlocks.Responses;
using PurchasePlatform.BuildingBlocks.Validation;
using PurchasePlatform.Identity.Domain.Users;

namespace PurchasePlatform.Identity.Apis.InternalUsers;

/// <summary>
/// Seed 002's internal user service under /api/users, reached by Dapr service invocation, with 002's snake_case
/// bodies and error codes (USER_001..USER_004, in ProblemDetails). Every route needs an access token: a caller may
/// read and change their own user, a holder of the users:admin scope any user; only users:admin may create users.
/// </summary>
public static class InternalUsersApi
{
    public static RouteGroupBuilder MapInternalUsersApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/users").WithTags("Users (internal)").RequireAuthorization().AddEndpointFilter<ConcurrencyConflictFilter>();

        api.MapPost("/", CreateAsync).WithValidation<CreateUserRequest>();
        api.MapGet("/{id}", GetAsync);
        api.MapPut("/{id}", UpdateAsync).WithValidation<UpdateUserRequest>();
        api.MapPost("/{id}/verify", VerifyAsync).WithValidation<VerifyUserRequest>();
        api.MapGet("/{id}/events", EventsAsync);
        return api;
    }

    public static async Task<IResult> CreateAsync(CreateUserRequest request, ClaimsPrincipal principal, IdentityServices services,
        CancellationToken cancellationToken)
    {
        if (!principal.HasScope(PlatformScopes.UsersAdmin))
        {
            return ApiResults.Forbidden("Creating users needs the users:admin scope");
        }

        if (await DuplicateAsync(request, services, cancellationToken) is { } duplicate)
        {
            return duplicate;
        }

        var details = new PersonalDetails(request.FirstName!, request.LastName!, request.Phone, null);
        var user = User.Register(request.Email!, request.Username, details, services.Passwords.Hash(request.Password!), services.Now);
        services.Users.Add(user);
        try
        {
            await services.Users.SaveAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // A request with the same email or username was saved in between.
            if (await DuplicateAsync(request, services, CancellationToken.None) is { } savedMeanwhile)
            {
                return savedMeanwhile;
            }

            throw;
        }

        return TypedResults.Created($"/api/users/{user.Id}", UserResponse.From(user));
    }

    public static async Task<IResult> GetAsync(string id, ClaimsPrincipal principal, IdentityServices services, CancellationToken cancellationToken)
    {
        var (user, refusal) = await FindPermittedAsync(id, principal, services, cancellationToken);
        return refusal ?? TypedResults.Ok(UserResponse.From(user!, withProfile: true));
    }

    public static async Task<IResult> UpdateAsync(string id, UpdateUserRequest request, ClaimsPrincipal principal, IdentityServices services,
        CancellationToken cancellationToken)
    {
        var (user, refusal) = await FindPermittedAsync(id, principal, services, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        var details = new PersonalDetails(request.FirstName ?? user!.FirstName, request.LastName ?? user!.LastName,
            request.Phone ?? user!.PhoneNumber, user!.DateOfBirth);
        user.UpdateProfile(details, services.Now);
        await services.Users.SaveAsync(cancellationToken);
        return TypedResults.Ok(UserResponse.From(user));
    }

    public static async Task<IResult> VerifyAsync(string id, VerifyUserRequest request, ClaimsPrincipal principal, IdentityServices services,
        CancellationToken cancellationToken)
    {
        var (user, refusal) = await FindPermittedAsync(id, principal, services, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        switch (user!.VerifyEmail(request.VerificationToken!, services.Now))
        {
            case TokenRedemption.Accepted:
                await services.Users.SaveAsync(cancellationToken);
                return TypedResults.Ok(UserResponse.From(user));
            case TokenRedemption.AlreadyDone:
                return TypedResults.Ok(UserResponse.From(user));
            case TokenRedemption.Expired:
                return Error(StatusCodes.Status400BadRequest, IdentityErrors.InvalidVerificationToken, "Verification token has expired");
            default:
                return Error(StatusCodes.Status400BadRequest, IdentityErrors.InvalidVerificationToken, "Invalid verification token");
        }
    }

    /// <summary>The user's events, oldest first; mailed tokens are left out of their data.</summary>
    public static async Task<IResult> EventsAsync(string id, ClaimsPrincipal principal, IdentityServices services, CancellationToken cancellationToken)
    {
        var (user, refusal) = await FindPermittedAsync(id, principal, services, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        var events = await services.Users.EventsOfAsync(user!.Id, cancellationToken);
        return TypedResults.Ok(new UserEventsResponse(events.Select(UserEventResponse.From).ToList()));
    }

    /// <summary>403 before 404, so a caller cannot learn which ids exist.</summary>
    private static async Task<(User? User, IResult? Refusal)> FindPermittedAsync(string id, ClaimsPrincipal principal, IdentityServices services,
        CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(id, out var userId))
        {
            return (null, principal.HasScope(PlatformScopes.UsersAdmin) ? UserNotFound() : ApiResults.Forbidden());
        }

        if (!principal.IsOwnerOr(userId, PlatformScopes.UsersAdmin))
        {
            return (null, ApiResults.Forbidden());
        }

        var user = await services.Users.FindAsync(userId, cancellationToken);
        return user is null ? (null, UserNotFound()) : (user, null);
    }

    private static async Task<IResult?> DuplicateAsync(CreateUserRequest request, IdentityServices services, CancellationToken cancellationToken)
    {
        if (await services.Users.EmailExistsAsync(request.Email!, cancellationToken))
        {
            return Error(StatusCodes.Status409Conflict, IdentityErrors.EmailExists, "Email already exists");
        }

        if (request.Username is { } username && await services.Users.UsernameExistsAsync(username, cancellationToken))
        {
            return Error(StatusCodes.Status409Conflict, IdentityErrors.UsernameExists, "Username already exists");
        }

        return null;
    }

    private static IResult UserNotFound() => Error(StatusCodes.Status404NotFound, IdentityErrors.UserNotFound, "User not found");

    private static IResult Error(int status, string code, string message) => ApiResults.Error(status, code, message);
}
