namespace PurchasePlatform.Identity.Tests.Infrastructure;

/// <summary>The shared Identity run: the relay publishes in the background, time is real.</summary>
public sealed class IdentityApp : IdentityTestHost;

[CollectionDefinition(Name)]
public sealed class IdentityAppCollection : ICollectionFixture<IdentityApp>
{
    public const string Name = "Identity app";
}
