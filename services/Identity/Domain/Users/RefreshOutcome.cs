namespace PurchasePlatform.Identity.Domain.Users;

public enum RefreshOutcome
{
    Rotated,

    /// <summary>The token was rotated or revoked before: the whole family is now revoked.</summary>
    ReuseDetected,

    Expired,

    Unknown,
}

/// <param name="NewToken">The successor token, when <see cref="Outcome"/> is <see cref="RefreshOutcome.Rotated"/>.</param>
public sealed record RefreshResult(RefreshOutcome Outcome, SecretToken? NewToken = null);
