namespace PurchasePlatform.Identity.Domain.Users;

public enum LoginOutcome
{
    Succeeded,
    WrongPassword,

    /// <summary>Locked now, by this attempt or an earlier one; see <see cref="User.LockedUntil"/>.</summary>
    Locked,
}
