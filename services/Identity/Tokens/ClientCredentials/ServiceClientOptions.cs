namespace PurchasePlatform.Identity.Tokens.ClientCredentials;

/// <summary>
/// The services that may get tokens by the client-credentials grant, by client id; bound from <c>Identity:Clients</c>.
/// Each client's secret is <c>identity-clients:{clientId}</c> in the Dapr secret store.
/// </summary>
public sealed class ServiceClientOptions
{
    public const string SectionName = "Identity:Clients";

    public Dictionary<string, ServiceClient> Clients { get; } = new(StringComparer.Ordinal);

    /// <summary>How long a client secret read from the store is trusted before it is read again.</summary>
    public static readonly TimeSpan SecretCacheDuration = TimeSpan.FromMinutes(1);

    public static string SecretName(string clientId) => $"identity-clients:{clientId}";
}

/// <summary>One client: the scopes its tokens carry (space-separated).</summary>
public sealed class ServiceClient
{
    public string Scopes { get; set; } = "";

    public IReadOnlyList<string> ScopeList => Scopes.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal).ToList();
}
