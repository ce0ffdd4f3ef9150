using Microsoft.Extensions.Options;
using PurchasePlatform.Gateway.FlashSale.Admission;
using PurchasePlatform.Gateway.Tests.Infrastructure;
using PurchasePlatform.TestSupport;

namespace PurchasePlatform.Gateway.Tests.FlashSale;

/// <summary>The token bucket's rules, whichever store holds it; the clock only moves when a test moves it.</summary>
public abstract class AdmissionBucketBehaviourTests
{
    internal ManualClock Clock { get; } = new(new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero));

    internal static IOptions<AdmissionOptions> Settings(int threshold, TimeSpan window, int burst = 0) =>
        Options.Create(new AdmissionOptions { Threshold = threshold, Window = window, Burst = burst });

    internal abstract IAdmissionBucket NewBucket(IOptions<AdmissionOptions> options);

    // Rates here are slow enough that Redis's real-time expiry of a bucket (once it would be full) never comes into it.
    [Fact]
    public async Task A_full_bucket_admits_the_threshold_then_nothing_until_it_refills()
    {
        var bucket = NewBucket(Settings(50, TimeSpan.FromMinutes(50)));

        Assert.Equal(50, await TakeAsync(bucket, 60));

        // 50 per 50 minutes is one token a minute.
        Clock.Advance(TimeSpan.FromSeconds(59));
        Assert.Equal(0, await TakeAsync(bucket, 5));
        Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(1, await TakeAsync(bucket, 5));
        Clock.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(5, await TakeAsync(bucket, 10));
    }

    [Fact]
    public async Task Refill_never_goes_past_the_burst()
    {
        // One token a minute: five minutes would refill five without the cap.
        var bucket = NewBucket(Settings(10, TimeSpan.FromMinutes(10), burst: 3));

        Assert.Equal(3, await TakeAsync(bucket, 10));
        Clock.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(3, await TakeAsync(bucket, 10));
    }

    [Fact]
    public async Task The_window_sets_the_refill_rate()
    {
        var bucket = NewBucket(Settings(2, TimeSpan.FromHours(1)));

        Assert.Equal(2, await TakeAsync(bucket, 5));
        Clock.Advance(TimeSpan.FromMinutes(29));
        Assert.Equal(0, await TakeAsync(bucket, 5));
        Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(1, await TakeAsync(bucket, 5));
    }

    [Fact]
    public async Task A_clock_that_goes_back_adds_nothing()
    {
        var bucket = NewBucket(Settings(5, TimeSpan.FromHours(1)));
        Assert.Equal(5, await TakeAsync(bucket, 5));

        Clock.Advance(TimeSpan.FromMinutes(-30));
        Assert.Equal(0, await TakeAsync(bucket, 5));
    }

    internal static async Task<int> TakeAsync(IAdmissionBucket bucket, int attempts)
    {
        var taken = 0;
        for (var i = 0; i < attempts; i++)
        {
            if (await bucket.TryTakeAsync(default))
            {
                taken++;
            }
        }

        return taken;
    }
}
