using Microsoft.EntityFrameworkCore;
using PurchasePlatform.Identity.Domain.Users;
using PurchasePlatform.Identity.Infrastructure.Outbox;

namespace PurchasePlatform.Identity.Infrastructure.Persistence;

/// <summary>Loads and stores whole <see cref="User"/> aggregates.</summary>
public sealed class UserRepository(IdentityDbContext db)
{
    public Task<User?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        Aggregates().FirstOrDefaultAsync(user => user.Id == id, cancellationToken);

    public Task<User?> FindByEmailAsync(string email, CancellationToken cancellationToken)
    {
        var normalized = EmailAddresses.Normalize(email);
        return Aggregates().FirstOrDefaultAsync(user => user.NormalizedEmail == normalized, cancellationToken);
    }

    public Task<User?> FindByRefreshTokenAsync(string tokenHash, CancellationToken cancellationToken) =>
        Aggregates().FirstOrDefaultAsync(user => user.RefreshTokens.Any(token => token.TokenHash == tokenHash), cancellationToken);

    public Task<bool> EmailExistsAsync(string email, CancellationToken cancellationToken)
    {
        var normalized = EmailAddresses.Normalize(email);
        return db.Users.AnyAsync(user => user.NormalizedEmail == normalized, cancellationToken);
    }

    public Task<bool> UsernameExistsAsync(string username, CancellationToken cancellationToken) =>
        db.Users.AnyAsync(user => user.Username == username, cancellationToken);

    public Task<bool> AnyAdministratorAsync(CancellationToken cancellationToken) =>
        db.Users.AnyAsync(user => EF.Property<string>(user, UserConfiguration.RolesColumn).Contains(Roles.Admin), cancellationToken);

    /// <summary>The user's events, oldest first.</summary>
    public async Task<IReadOnlyList<UserEvent>> EventsOfAsync(Guid userId, CancellationToken cancellationToken) =>
        await db.UserEvents.AsNoTracking().Where(row => row.UserId == userId).OrderBy(row => row.Sequence).ToListAsync(cancellationToken);

    public void Add(User user) => db.Users.Add(user);

    /// <exception cref="DbUpdateConcurrencyException">Another request changed the user since it was loaded.</exception>
    public Task SaveAsync(CancellationToken cancellationToken) => db.SaveChangesAsync(cancellationToken);

    /// <summary>Drops everything loaded, so a retry after a conflict reads fresh state.</summary>
    public void Forget() => db.ChangeTracker.Clear();

    private IQueryable<User> Aggregates() =>
        db.Users.Include(user => user.Addresses).Include(user => user.RefreshTokens).Include(user => user.OneTimeTokens).AsSplitQuery();
}
