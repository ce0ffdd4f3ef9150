namespace PurchasePlatform.Identity.Domain.Users;

public sealed record AddressDetails(string Street, string City, string? State, string ZipCode, string Country);
