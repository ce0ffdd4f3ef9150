namespace PurchasePlatform.Identity.Domain.Users;

public static class TokenLifetimes
{
    /// <summary>Each refresh token lives this long from its issue; rotation issues the next one with a fresh lifetime.</summary>
    public static readonly TimeSpan RefreshToken = TimeSpan.FromDays(14);

    public static readonly TimeSpan PasswordReset = TimeSpan.FromMinutes(30);

    public static readonly TimeSpan EmailVerification = TimeSpan.FromHours(48);
}
