using PurchasePlatform.Payments.Domain;
using PurchasePlatform.Payments.Providers;

namespace PurchasePlatform.Payments.Tests.Infrastructure;

/// <summary>
/// The simulated provider, counting the calls that reach it. <see cref="ChargeDelay"/> holds each charge a while so
/// duplicates really overlap; <see cref="CrashAfterNextCharge"/> makes the next charge succeed at the provider and
/// then fail on our side, as if the service crashed before recording the outcome (likewise
/// <see cref="CrashAfterNextRefund"/>); <see cref="Unreachable"/> is an outage.
/// </summary>
public sealed class CountingProvider : IPaymentProvider
{
    private int chargeCalls;
    private int refundCalls;
    private int crashAfterNextCharge;

    public SimulatedCardProvider Simulated { get; } = new();

    public int ChargeCalls => Volatile.Read(ref chargeCalls);

    public int RefundCalls => Volatile.Read(ref refundCalls);

    public TimeSpan ChargeDelay { get; set; } = TimeSpan.Zero;

    /// <summary>While set, every charge fails transiently before it reaches the provider (an outage); not counted in <see cref="ChargeCalls"/>.</summary>
    public bool Unreachable { get; set; }

    private int crashAfterNextRefund;

    public void CrashAfterNextCharge() => Volatile.Write(ref crashAfterNextCharge, 1);

    public void CrashAfterNextRefund() => Volatile.Write(ref crashAfterNextRefund, 1);

    public Task<CardDetails?> DescribeTokenAsync(string token, CancellationToken cancellationToken) =>
        Simulated.DescribeTokenAsync(token, cancellationToken);

    public Task<string?> TokenizeCardAsync(string cardNumber, int expiryMonth, int expiryYear, CancellationToken cancellationToken) =>
        Simulated.TokenizeCardAsync(cardNumber, expiryMonth, expiryYear, cancellationToken);

    public async Task<ChargeResult> ChargeAsync(ChargeRequest request, CancellationToken cancellationToken)
    {
        if (Unreachable)
        {
            throw new ProviderUnavailableException("The provider cannot be reached (test outage)");
        }

        Interlocked.Increment(ref chargeCalls);
        if (ChargeDelay > TimeSpan.Zero)
        {
            await Task.Delay(ChargeDelay, cancellationToken);
        }

        var result = await Simulated.ChargeAsync(request, cancellationToken);
        if (Interlocked.Exchange(ref crashAfterNextCharge, 0) == 1)
        {
            throw new InvalidOperationException("The payments process crashed after the provider charged");
        }

        return result;
    }

    public async Task<ProviderRefundResult> RefundAsync(ProviderRefundRequest request, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref refundCalls);
        var result = await Simulated.RefundAsync(request, cancellationToken);
        if (Interlocked.Exchange(ref crashAfterNextRefund, 0) == 1)
        {
            throw new InvalidOperationException("The payments process crashed after the provider refunded");
        }

        return result;
    }
}
