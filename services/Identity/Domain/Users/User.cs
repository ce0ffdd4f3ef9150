using PurchasePlatform.Identity.Domain.Events;

namespace PurchasePlatform.Identity.Domain.Users;

/// <summary>
/// A platform account: credentials, lockout state, profile, addresses, login sessions (refresh token families) and
/// the one-time tokens mailed to its owner. Every change goes through its methods, which keep the rules below and
/// record the events the outside world hears about.
/// </summary>
public sealed class User
{
    public const int MaxAddresses = 20;

    private readonly List<Address> _addresses = [];
    private readonly List<RefreshToken> _refreshTokens = [];
    private readonly List<OneTimeToken> _oneTimeTokens = [];
    private readonly List<UserDomainEvent> _domainEvents = [];
    private string _roles = "";

    private User()
    {
        Email = "";
        NormalizedEmail = "";
        FirstName = "";
        LastName = "";
        PasswordHash = "";
    }

    public Guid Id { get; private set; }

    public string Email { get; private set; }

    public string NormalizedEmail { get; private set; }

    public string? Username { get; private set; }

    public string FirstName { get; private set; }

    public string LastName { get; private set; }

    public string? PhoneNumber { get; private set; }

    public DateOnly? DateOfBirth { get; private set; }

    public string PasswordHash { get; private set; }

    public IReadOnlyList<string> Roles => _roles.Split(',', StringSplitOptions.RemoveEmptyEntries);

    public bool IsActive { get; private set; }

    public DateTime? EmailVerifiedAt { get; private set; }

    public bool IsEmailVerified => EmailVerifiedAt is not null;

    public int FailedLoginCount { get; private set; }

    public DateTime? LockedUntil { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime UpdatedAt { get; private set; }

    /// <summary>How many events the user has had; the next one gets the next number.</summary>
    public int EventCount { get; private set; }

    public IReadOnlyCollection<Address> Addresses => _addresses.AsReadOnly();

    public IReadOnlyCollection<RefreshToken> RefreshTokens => _refreshTokens.AsReadOnly();

    public IReadOnlyCollection<OneTimeToken> OneTimeTokens => _oneTimeTokens.AsReadOnly();

    /// <summary>Events recorded since the user was loaded; the infrastructure stores them with the change.</summary>
    public IReadOnlyList<UserDomainEvent> DomainEvents => _domainEvents.AsReadOnly();

    /// <summary>A customer who signed up: unverified, with a verification token mailed to them.</summary>
    public static User Register(string email, string? username, PersonalDetails details, string passwordHash, DateTime now)
    {
        var user = Create(email, username, details, passwordHash, [Domain.Users.Roles.Customer], now);
        user.RequestEmailVerification(now);
        return user;
    }

    /// <summary>The platform administrator created on first start; its address needs no verification.</summary>
    public static User CreateAdministrator(string email, PersonalDetails details, string passwordHash, DateTime now)
    {
        var user = Create(email, null, details, passwordHash, [Domain.Users.Roles.Admin], now);
        user.EmailVerifiedAt = now;
        return user;
    }

    private static User Create(string email, string? username, PersonalDetails details, string passwordHash, IReadOnlyList<string> roles, DateTime now)
    {
        var user = new User
        {
            Id = Guid.NewGuid(),
            Email = email.Trim(),
            NormalizedEmail = EmailAddresses.Normalize(email),
            Username = username,
            PasswordHash = passwordHash,
            _roles = string.Join(',', roles),
            IsActive = true,
            CreatedAt = now,
            UpdatedAt = now,
        };
        user.ApplyDetails(details);
        user.Record(new UserCreated(user.Id, user.Email, username, user.FirstName, user.LastName, now));
        return user;
    }

    public bool IsLockedOut(DateTime now) => LockedUntil is { } until && until > now;

    /// <summary>
    /// Records a login attempt whose password check gave <paramref name="passwordMatches"/>. A locked account
    /// refuses even the right password; the <see cref="LockoutPolicy.MaxFailedAttempts"/>th wrong one in a row locks it.
    /// </summary>
    public LoginOutcome AttemptLogin(bool passwordMatches, DateTime now)
    {
        if (IsLockedOut(now))
        {
            return LoginOutcome.Locked;
        }

        if (LockedUntil is not null)
        {
            ClearLockout();
        }

        if (passwordMatches && IsActive)
        {
            ClearLockout();
            return LoginOutcome.Succeeded;
        }

        FailedLoginCount++;
        if (FailedLoginCount >= LockoutPolicy.MaxFailedAttempts)
        {
            LockedUntil = now + LockoutPolicy.Duration;
            return LoginOutcome.Locked;
        }

        return LoginOutcome.WrongPassword;
    }

    /// <summary>Starts a login session: a new refresh token family.</summary>
    public SecretToken StartSession(DateTime now)
    {
        PruneExpiredRefreshTokens(now);
        var token = SecretToken.New();
        _refreshTokens.Add(new RefreshToken(Guid.NewGuid(), token.Hash, now));
        return token;
    }

    /// <summary>
    /// Exchanges the refresh token with <paramref name="tokenHash"/> for its successor. Presenting a token that was
    /// already rotated or revoked means a copy is in someone else's hands: the whole family is revoked.
    /// </summary>
    public RefreshResult Refresh(string tokenHash, DateTime now)
    {
        var presented = _refreshTokens.FirstOrDefault(token => token.TokenHash == tokenHash);
        if (presented is null)
        {
            return new RefreshResult(RefreshOutcome.Unknown);
        }

        if (presented.RotatedAt is not null || presented.RevokedAt is not null)
        {
            RevokeFamily(presented.FamilyId, now);
            return new RefreshResult(RefreshOutcome.ReuseDetected);
        }

        if (now >= presented.ExpiresAt)
        {
            return new RefreshResult(RefreshOutcome.Expired);
        }

        presented.MarkRotated(now);
        PruneExpiredRefreshTokens(now);
        var successor = SecretToken.New();
        _refreshTokens.Add(new RefreshToken(presented.FamilyId, successor.Hash, now));
        return new RefreshResult(RefreshOutcome.Rotated, successor);
    }

    /// <summary>Logout: ends the session the refresh token belongs to. False when it is not one of this user's.</summary>
    public bool EndSession(string tokenHash, DateTime now)
    {
        var presented = _refreshTokens.FirstOrDefault(token => token.TokenHash == tokenHash);
        if (presented is null)
        {
            return false;
        }

        RevokeFamily(presented.FamilyId, now);
        return true;
    }

    public void UpdateProfile(PersonalDetails details, DateTime now)
    {
        ApplyDetails(details);
        UpdatedAt = now;
    }

    /// <summary>Sets a new password (its current one was checked by the caller) and ends every session.</summary>
    public void ChangePassword(string newPasswordHash, DateTime now)
    {
        PasswordHash = newPasswordHash;
        RevokeAllSessions(now);
        UpdatedAt = now;
    }

    /// <summary>Replaces the stored hash after a successful login, when the hasher's settings got stronger.</summary>
    public void UpgradePasswordHash(string passwordHash) => PasswordHash = passwordHash;

    /// <summary>Mails a new reset token; any earlier one stops working.</summary>
    public void RequestPasswordReset(DateTime now)
    {
        var token = IssueOneTimeToken(OneTimeTokenPurpose.PasswordReset, TokenLifetimes.PasswordReset, now);
        Record(new PasswordResetRequested(Id, Email, token.Value, now + TokenLifetimes.PasswordReset, now));
    }

    /// <summary>Sets a new password with a mailed reset token; every session ends and the lockout is lifted.</summary>
    public TokenRedemption ResetPassword(string resetToken, string newPasswordHash, DateTime now)
    {
        var redemption = Redeem(OneTimeTokenPurpose.PasswordReset, resetToken, now);
        if (redemption == TokenRedemption.Accepted)
        {
            PasswordHash = newPasswordHash;
            RevokeAllSessions(now);
            ClearLockout();
            UpdatedAt = now;
        }

        return redemption;
    }

    /// <summary>Mails a new verification token; any earlier one stops working.</summary>
    public void RequestEmailVerification(DateTime now)
    {
        var token = IssueOneTimeToken(OneTimeTokenPurpose.EmailVerification, TokenLifetimes.EmailVerification, now);
        Record(new EmailVerificationRequested(Id, Email, token.Value, now + TokenLifetimes.EmailVerification, now));
    }

    public TokenRedemption VerifyEmail(string verificationToken, DateTime now)
    {
        if (IsEmailVerified)
        {
            // Only a holder of one of the user's verification tokens learns that the address is verified.
            var hash = SecretToken.HashOf(verificationToken);
            return _oneTimeTokens.Any(token => token.Purpose == OneTimeTokenPurpose.EmailVerification && token.TokenHash == hash)
                ? TokenRedemption.AlreadyDone
                : TokenRedemption.Invalid;
        }

        var redemption = Redeem(OneTimeTokenPurpose.EmailVerification, verificationToken, now);
        if (redemption == TokenRedemption.Accepted)
        {
            EmailVerifiedAt = now;
            UpdatedAt = now;
            Record(new UserVerified(Id, Email, now));
        }

        return redemption;
    }

    /// <summary>Adds an address. The first address is the default whatever <paramref name="makeDefault"/> says.</summary>
    /// <returns>Null when the user already has <see cref="MaxAddresses"/> addresses.</returns>
    public Address? AddAddress(AddressDetails details, bool makeDefault, DateTime now)
    {
        if (_addresses.Count >= MaxAddresses)
        {
            return null;
        }

        var address = new Address(details, now);
        _addresses.Add(address);
        if (makeDefault || _addresses.Count == 1)
        {
            MakeDefault(address);
        }

        UpdatedAt = now;
        return address;
    }

    /// <summary>
    /// Changes an address. <paramref name="makeDefault"/> true makes it the default; false on the default hands the
    /// default to the oldest other address (an only address stays the default).
    /// </summary>
    /// <returns>Null when the user has no address with that id.</returns>
    public Address? UpdateAddress(string addressId, AddressDetails details, bool makeDefault, DateTime now)
    {
        var address = _addresses.FirstOrDefault(candidate => candidate.Id == addressId);
        if (address is null)
        {
            return null;
        }

        address.Change(details);
        if (makeDefault)
        {
            MakeDefault(address);
        }
        else if (address.IsDefault && OldestAddressExcept(address) is { } successor)
        {
            MakeDefault(successor);
        }

        UpdatedAt = now;
        return address;
    }

    /// <summary>Removes an address; removing the default makes the oldest remaining address the default.</summary>
    public bool RemoveAddress(string addressId, DateTime now)
    {
        var address = _addresses.FirstOrDefault(candidate => candidate.Id == addressId);
        if (address is null)
        {
            return false;
        }

        _addresses.Remove(address);
        if (address.IsDefault && OldestAddressExcept(address) is { } successor)
        {
            MakeDefault(successor);
        }

        UpdatedAt = now;
        return true;
    }

    public void ClearDomainEvents() => _domainEvents.Clear();

    private void ApplyDetails(PersonalDetails details)
    {
        FirstName = details.FirstName.Trim();
        LastName = details.LastName.Trim();
        PhoneNumber = details.PhoneNumber;
        DateOfBirth = details.DateOfBirth;
    }

    private void ClearLockout()
    {
        FailedLoginCount = 0;
        LockedUntil = null;
    }

    private void RevokeFamily(Guid familyId, DateTime now)
    {
        foreach (var token in _refreshTokens.Where(token => token.FamilyId == familyId))
        {
            token.Revoke(now);
        }
    }

    private void RevokeAllSessions(DateTime now)
    {
        foreach (var token in _refreshTokens)
        {
            token.Revoke(now);
        }
    }

    // Expired tokens can never be accepted again; dropping them keeps the aggregate small.
    private void PruneExpiredRefreshTokens(DateTime now) => _refreshTokens.RemoveAll(token => token.ExpiresAt <= now);

    private SecretToken IssueOneTimeToken(OneTimeTokenPurpose purpose, TimeSpan lifetime, DateTime now)
    {
        _oneTimeTokens.RemoveAll(token => token.Purpose == purpose && token.ExpiresAt <= now);
        foreach (var earlier in _oneTimeTokens.Where(token => token.Purpose == purpose))
        {
            earlier.Consume(now);
        }

        var token = SecretToken.New();
        _oneTimeTokens.Add(new OneTimeToken(purpose, token.Hash, now, lifetime));
        return token;
    }

    private TokenRedemption Redeem(OneTimeTokenPurpose purpose, string rawToken, DateTime now)
    {
        var hash = SecretToken.HashOf(rawToken);
        var token = _oneTimeTokens.FirstOrDefault(candidate => candidate.Purpose == purpose && candidate.TokenHash == hash);
        if (token is null || token.ConsumedAt is not null)
        {
            return TokenRedemption.Invalid;
        }

        if (now >= token.ExpiresAt)
        {
            return TokenRedemption.Expired;
        }

        token.Consume(now);
        return TokenRedemption.Accepted;
    }

    private void MakeDefault(Address address)
    {
        foreach (var other in _addresses)
        {
            other.IsDefault = ReferenceEquals(other, address);
        }
    }

    private Address? OldestAddressExcept(Address address) =>
        _addresses.Where(candidate => !ReferenceEquals(candidate, address))
            .OrderBy(candidate => candidate.CreatedAt)
            .ThenBy(candidate => candidate.Id, StringComparer.Ordinal)
            .FirstOrDefault();

    private void Record(UserDomainEvent domainEvent)
    {
        domainEvent.Sequence = ++EventCount;
        _domainEvents.Add(domainEvent);
    }
}
