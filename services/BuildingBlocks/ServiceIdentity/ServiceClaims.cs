namespace PurchasePlatform.BuildingBlocks.ServiceIdentity;

/// <summary>
/// Claims of a token issued to a service by the client-credentials grant: <c>sub</c> is the client id, and these mark
/// it as a service rather than a user.
/// </summary>
public static class ServiceClaims
{
    /// <summary>The OAuth2 client the token was issued to (RFC 9068 <c>client_id</c>).</summary>
    public const string ClientId = "client_id";

    /// <summary>The role every service token carries.</summary>
    public const string ServiceRole = "Service";
}
