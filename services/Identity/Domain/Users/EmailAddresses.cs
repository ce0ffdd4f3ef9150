namespace PurchasePlatform.Identity.Domain.Users;

public static class EmailAddresses
{
    /// <summary>The form emails are compared in: "John@Example.COM " and "john@example.com" are one account.</summary>
    public static string Normalize(string email) => email.Trim().ToLowerInvariant();
}
