using Microsoft.Extensions.Options;
using PurchasePlatform.Gateway.FlashSale.Admission;

namespace PurchasePlatform.Gateway.Tests.FlashSale;

public sealed class InMemoryAdmissionBucketTests : AdmissionBucketBehaviourTests
{
    // Only here: Redis expires a bucket in real time once it would be full, which a manual clock cannot hold back.
    [Fact]
    public async Task A_fast_window_refills_in_milliseconds()
    {
        var bucket = NewBucket(Settings(50, TimeSpan.FromSeconds(1)));
        Assert.Equal(50, await TakeAsync(bucket, 50));

        // 50 per second is one token every 20 ms.
        Clock.Advance(TimeSpan.FromMilliseconds(20));
        Assert.Equal(1, await TakeAsync(bucket, 5));
    }

    [Fact]
    public async Task Concurrent_orders_never_get_more_tokens_than_the_bucket_holds()
    {
        var bucket = NewBucket(Settings(100, TimeSpan.FromSeconds(1)));

        var taken = await Task.WhenAll(Enumerable.Range(0, 2000).Select(_ => Task.Run(async () => await bucket.TryTakeAsync(default))));

        Assert.Equal(100, taken.Count(admitted => admitted));
    }

    internal override IAdmissionBucket NewBucket(IOptions<AdmissionOptions> options) => new InMemoryAdmissionBucket(Clock, options);
}
