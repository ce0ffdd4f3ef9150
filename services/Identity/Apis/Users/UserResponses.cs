using PurchasePlatform.Identity.Domain.Users;

namespace PurchasePlatform.Identity.Apis.Users;

public sealed record ProfileResponse(
    Guid Id,
    string Email,
    string FirstName,
    string LastName,
    string? PhoneNumber,
    DateOnly? DateOfBirth,
    IReadOnlyList<AddressResponse> Addresses,
    DateTime CreatedAt,
    DateTime UpdatedAt)
{
    public static ProfileResponse From(User user) => new(
        user.Id, user.Email, user.FirstName, user.LastName, user.PhoneNumber, user.DateOfBirth,
        user.Addresses.OrderBy(address => address.CreatedAt).Select(AddressResponse.From).ToList(),
        ApiTimes.ToSeconds(user.CreatedAt), ApiTimes.ToSeconds(user.UpdatedAt));
}

public sealed record UpdatedProfileResponse(Guid Id, string Email, string FirstName, string LastName, string? PhoneNumber, DateOnly? DateOfBirth)
{
    public static UpdatedProfileResponse From(User user) =>
        new(user.Id, user.Email, user.FirstName, user.LastName, user.PhoneNumber, user.DateOfBirth);
}

public sealed record AddressResponse(string Id, string Street, string City, string? State, string ZipCode, string Country, bool IsDefault)
{
    public static AddressResponse From(Address address) =>
        new(address.Id, address.Street, address.City, address.State, address.ZipCode, address.Country, address.IsDefault);
}
