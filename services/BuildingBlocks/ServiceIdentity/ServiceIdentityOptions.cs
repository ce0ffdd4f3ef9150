namespace PurchasePlatform.BuildingBlocks.ServiceIdentity;

/// <summary>How a service obtains its own access token from Identity; bound from the "ServiceIdentity" section.</summary>
public sealed class ServiceIdentityOptions
{
    public const string SectionName = "ServiceIdentity";

    /// <summary>The client id registered in Identity (<c>Identity:Clients:{ClientId}</c>); usually the app id.</summary>
    public string ClientId { get; set; } = "";

    /// <summary>The Dapr secret store holding the client secret.</summary>
    public string SecretStore { get; set; } = "secretstore";

    /// <summary>The client secret's address in the store (<c>&lt;secret&gt;:&lt;key&gt;</c>); <c>{ClientId}:clientSecret</c> when empty.</summary>
    public string SecretName { get; set; } = "";

    /// <summary>Identity's Dapr app id.</summary>
    public string IdentityAppId { get; set; } = "identity";

    /// <summary>A token is replaced this long before it expires.</summary>
    public TimeSpan RefreshBeforeExpiry { get; set; } = TimeSpan.FromMinutes(2);

    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(10);

    internal string ClientSecretName => string.IsNullOrWhiteSpace(SecretName) ? $"{ClientId}:clientSecret" : SecretName;
}
