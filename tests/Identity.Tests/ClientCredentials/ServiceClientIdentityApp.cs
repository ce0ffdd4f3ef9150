using PurchasePlatform.Identity.Tests.Infrastructure;

namespace PurchasePlatform.Identity.Tests.ClientCredentials;

/// <summary>Identity with the orchestrator's client secret in its secret store, under both names (Identity's and the orchestrator's).</summary>
public sealed class ServiceClientIdentityApp : IdentityTestHost
{
    public const string OrchestratorSecret = "orchestrator-test-secret-3c5d9b";

    protected override async Task<Dictionary<string, string>> SecretsAsync()
    {
        var secrets = await base.SecretsAsync();
        secrets["identity-clients:orchestrator"] = OrchestratorSecret;
        secrets["orchestrator:clientSecret"] = OrchestratorSecret;
        return secrets;
    }
}

[CollectionDefinition(Name)]
public sealed class ServiceClientIdentityCollection : ICollectionFixture<ServiceClientIdentityApp>
{
    public const string Name = "Identity app with service clients";
}
