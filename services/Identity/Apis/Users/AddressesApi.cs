using System.Security.Claims;
using PurchasePlatform.BuildingBlocks.Errors;
using PurchasePlatform.BuildingBlocks.Responses;
using PurchasePlatform.BuildingBlocks.Validation;
using PurchasePlatform.Identity.Domain.Users;

namespace PurchasePlatform.Identity.Apis.Users;

/// <summary>The caller's addresses under /api/v1/users/addresses. Another user's address id is simply not found.</summary>
public static class AddressesApi
{
    public static void MapAddressesApi(this RouteGroupBuilder users)
    {
        var api = users.MapGroup("/addresses").RequireAuthorization();
        api.MapGet("/", ListAsync);
        api.MapPost("/", AddAsync).WithValidation<AddressRequest>();
        api.MapPut("/{addressId}", UpdateAsync).WithValidation<AddressRequest>();
        api.MapDelete("/{addressId}", RemoveAsync);
    }

    public static async Task<IResult> ListAsync(ClaimsPrincipal principal, IdentityServices services, CancellationToken cancellationToken) =>
        await services.Users.FindCallerAsync(principal, cancellationToken) is { } user
            ? ApiResults.Ok(ProfileResponse.From(user).Addresses)
            : IdentityErrors.UnknownCaller();

    /// <summary>The first address becomes the default even when <c>isDefault</c> is false.</summary>
    public static async Task<IResult> AddAsync(AddressRequest request, ClaimsPrincipal principal, IdentityServices services,
        CancellationToken cancellationToken)
    {
        if (await services.Users.FindCallerAsync(principal, cancellationToken) is not { } user)
        {
            return IdentityErrors.UnknownCaller();
        }

        if (user.AddAddress(Details(request), request.IsDefault, services.Now) is not { } address)
        {
            return ApiResults.Error(StatusCodes.Status409Conflict, ErrorCodes.Conflict, $"A user can have at most {User.MaxAddresses} addresses");
        }

        await services.Users.SaveAsync(cancellationToken);
        return ApiResults.Created($"/api/v1/users/addresses/{address.Id}", AddressResponse.From(address));
    }

    public static async Task<IResult> UpdateAsync(string addressId, AddressRequest request, ClaimsPrincipal principal, IdentityServices services,
        CancellationToken cancellationToken)
    {
        if (await services.Users.FindCallerAsync(principal, cancellationToken) is not { } user)
        {
            return IdentityErrors.UnknownCaller();
        }

        if (user.UpdateAddress(addressId, Details(request), request.IsDefault, services.Now) is not { } address)
        {
            return NotFound(addressId);
        }

        await services.Users.SaveAsync(cancellationToken);
        return ApiResults.Ok(AddressResponse.From(address), "Address updated successfully");
    }

    public static async Task<IResult> RemoveAsync(string addressId, ClaimsPrincipal principal, IdentityServices services,
        CancellationToken cancellationToken)
    {
        if (await services.Users.FindCallerAsync(principal, cancellationToken) is not { } user)
        {
            return IdentityErrors.UnknownCaller();
        }

        if (!user.RemoveAddress(addressId, services.Now))
        {
            return NotFound(addressId);
        }

        await services.Users.SaveAsync(cancellationToken);
        return TypedResults.NoContent();
    }

    private static AddressDetails Details(AddressRequest request) =>
        new(request.Street!.Trim(), request.City!.Trim(), string.IsNullOrWhiteSpace(request.State) ? null : request.State.Trim(),
            request.ZipCode!.Trim(), request.Country!.Trim());

    // The id is echoed only when it is well-formed, so arbitrary input is never reflected back.
    private static ErrorResult NotFound(string addressId) =>
        ApiResults.NotFound(addressId.Length <= 20 && addressId.All(c => char.IsAsciiLetterOrDigit(c) || c == '-')
            ? $"Address with ID '{addressId}' not found"
            : "Address not found");
}
