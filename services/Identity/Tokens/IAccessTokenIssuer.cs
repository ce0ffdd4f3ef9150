namespace PurchasePlatform.Identity.Tokens;

public interface IAccessTokenIssuer
{
    /// <summary>Signs an access token for the user, with scopes derived from <paramref name="roles"/>.</summary>
    AccessToken Issue(Guid userId, string email, IReadOnlyCollection<string> roles);
}
