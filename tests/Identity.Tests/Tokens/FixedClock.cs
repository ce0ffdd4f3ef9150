namespace PurchasePlatform.Identity.Tests.Tokens;

public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
