using PurchasePlatform.Identity.Domain.Events;
using PurchasePlatform.Identity.Domain.Users;

namespace PurchasePlatform.Identity.Tests.Domain;

internal static class Users
{
    public static readonly DateTime Now = new(2025, 11, 2, 10, 30, 0, DateTimeKind.Utc);

    public static User Customer() =>
        User.Register("John@Example.com", null, new PersonalDetails("John", "Doe", "+1234567890", null), "hash", Now);

    public static string VerificationToken(User user) =>
        user.DomainEvents.OfType<EmailVerificationRequested>().Last().VerificationToken;

    public static string ResetToken(User user) => user.DomainEvents.OfType<PasswordResetRequested>().Last().ResetToken;

    public static AddressDetails Address(string street) => new(street, "New York", "NY", "10001", "USA");
}
