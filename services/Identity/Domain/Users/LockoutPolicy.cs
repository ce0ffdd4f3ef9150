namespace PurchasePlatform.Identity.Domain.Users;

/// <summary>How many wrong passwords in a row lock an account, and for how long.</summary>
public static class LockoutPolicy
{
    public const int MaxFailedAttempts = 5;

    public static readonly TimeSpan Duration = TimeSpan.FromMinutes(15);
}
