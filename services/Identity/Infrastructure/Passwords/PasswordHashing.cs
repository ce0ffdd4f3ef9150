using Microsoft.AspNetCore.Identity;
using PurchasePlatform.Identity.Domain.Users;

namespace PurchasePlatform.Identity.Infrastructure.Passwords;

/// <summary>
/// Password hashes from ASP.NET Core Identity's <see cref="PasswordHasher{TUser}"/>: PBKDF2 with HMAC-SHA512,
/// a random salt and an iteration count stored in each hash (100,000 today), so raising the count later rehashes
/// passwords at their owners' next login.
/// </summary>
public sealed class PasswordHashing(IPasswordHasher<User> hasher)
{
    private readonly Lazy<string> _decoyHash = new(() => hasher.HashPassword(null!, "decoy password for unknown accounts"));

    public string Hash(string password) => hasher.HashPassword(null!, password);

    public PasswordCheck Verify(User user, string password) =>
        hasher.VerifyHashedPassword(user, user.PasswordHash, password) switch
        {
            PasswordVerificationResult.Success => new PasswordCheck(true, null),
            PasswordVerificationResult.SuccessRehashNeeded => new PasswordCheck(true, Hash(password)),
            _ => new PasswordCheck(false, null),
        };

    /// <summary>
    /// Does the work of checking a password against a hash when there is no account, so "no such email" takes as
    /// long as "wrong password" and the two cannot be told apart by timing.
    /// </summary>
    public void VerifyDecoy(string password) => hasher.VerifyHashedPassword(null!, _decoyHash.Value, password);
}

/// <param name="UpgradedHash">A stronger hash of the same password, when the stored one uses weaker settings.</param>
public sealed record PasswordCheck(bool Matches, string? UpgradedHash);
