namespace EndToEnd.Tests;

/// <summary>All end-to-end classes share one platform run: starting nine services is the slow part.</summary>
[CollectionDefinition(Name)]
public sealed class PlatformCollection : ICollectionFixture<PlatformRun>
{
    public const string Name = "platform";
}
