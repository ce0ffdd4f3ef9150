using Microsoft.Extensions.Options;

namespace PurchasePlatform.Gateway.FlashSale.Admission;

/// <summary>The bucket of this gateway instance alone, refilled continuously from the injected clock.</summary>
internal sealed class InMemoryAdmissionBucket(TimeProvider clock, IOptions<AdmissionOptions> options) : IAdmissionBucket
{
    private readonly Lock gate = new();
    private double tokens = options.Value.Capacity;
    private DateTimeOffset refilled = clock.GetUtcNow();

    public ValueTask<bool> TryTakeAsync(CancellationToken cancellationToken) => ValueTask.FromResult(TryTake());

    public bool TryTake()
    {
        var settings = options.Value;
        var now = clock.GetUtcNow();
        lock (gate)
        {
            if (now > refilled)
            {
                tokens = Math.Min(settings.Capacity, tokens + (now - refilled).TotalSeconds * settings.TokensPerSecond);
                refilled = now;
            }

            if (tokens < 1)
            {
                return false;
            }

            tokens -= 1;
            return true;
        }
    }
}
