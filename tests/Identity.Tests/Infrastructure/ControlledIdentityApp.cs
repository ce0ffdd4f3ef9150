namespace PurchasePlatform.Identity.Tests.Infrastructure;

/// <summary>A second run whose clock tests move forward and whose outbox only the tests publish.</summary>
public sealed class ControlledIdentityApp : IdentityTestHost
{
    public TestClock TestClock { get; } = new();

    protected override bool RelayEnabled => false;

    protected override TimeProvider Clock => TestClock;
}

[CollectionDefinition(Name)]
public sealed class ControlledIdentityAppCollection : ICollectionFixture<ControlledIdentityApp>
{
    public const string Name = "Controlled Identity app";
}
