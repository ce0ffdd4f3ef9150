namespace PurchasePlatform.Identity.Domain.Users;

public sealed record PersonalDetails(string FirstName, string LastName, string? PhoneNumber, DateOnly? DateOfBirth);
