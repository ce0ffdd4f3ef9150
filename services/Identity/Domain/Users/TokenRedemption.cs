namespace PurchasePlatform.Identity.Domain.Users;

/// <summary>What presenting a reset or verification token achieved.</summary>
public enum TokenRedemption
{
    Accepted,

    /// <summary>Unknown, already used, or replaced by a newer token.</summary>
    Invalid,

    Expired,

    /// <summary>Email verification only: the address was verified before.</summary>
    AlreadyDone,
}
