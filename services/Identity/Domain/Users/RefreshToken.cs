namespace PurchasePlatform.Identity.Domain.Users;

/// <summary>
/// One refresh token of a login session. Every token issued by rotating another shares its <see cref="FamilyId"/>,
/// so presenting an already rotated token (a stolen copy) can revoke the whole session.
/// </summary>
public sealed class RefreshToken
{
    private RefreshToken()
    {
        TokenHash = "";
    }

    internal RefreshToken(Guid familyId, string tokenHash, DateTime createdAt)
    {
        Id = Guid.NewGuid();
        FamilyId = familyId;
        TokenHash = tokenHash;
        CreatedAt = createdAt;
        ExpiresAt = createdAt + TokenLifetimes.RefreshToken;
    }

    public Guid Id { get; private set; }

    public Guid FamilyId { get; private set; }

    public string TokenHash { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime ExpiresAt { get; private set; }

    /// <summary>When it was exchanged for its successor; a rotated token must never be accepted again.</summary>
    public DateTime? RotatedAt { get; private set; }

    public DateTime? RevokedAt { get; private set; }

    public bool IsUsable(DateTime now) => RotatedAt is null && RevokedAt is null && now < ExpiresAt;

    internal void MarkRotated(DateTime now) => RotatedAt = now;

    internal void Revoke(DateTime now) => RevokedAt ??= now;
}
