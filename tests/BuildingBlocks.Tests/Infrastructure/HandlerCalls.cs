namespace PurchasePlatform.BuildingBlocks.Tests.Infrastructure;

/// <summary>Counts how often the test app's validated handlers ran.</summary>
public sealed class HandlerCalls
{
    private int count;

    public int Count => Volatile.Read(ref count);

    public void Record() => Interlocked.Increment(ref count);
}
