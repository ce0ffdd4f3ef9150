using System.Collections.Concurrent;
using PurchasePlatform.Payments.Domain;

namespace PurchasePlatform.Payments.Providers;

/// <summary>
/// An in-memory card provider for development and tests. It knows only the <see cref="TestCards"/>, and like a real
/// PSP it remembers every charge and refund by idempotency key: a repeated request answers the first outcome.
/// </summary>
public sealed class SimulatedCardProvider : IPaymentProvider
{
    private readonly ConcurrentDictionary<string, Lazy<ChargeResult>> charges = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Lazy<ProviderRefundResult>> refunds = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> attempts = new(StringComparer.Ordinal);
    private int chargesCreated;

    /// <summary>How many charges moved money (distinct idempotency keys approved or declined).</summary>
    public int ChargesCreated => Volatile.Read(ref chargesCreated);

    public int RefundsCreated => refunds.Count;

    public Task<CardDetails?> DescribeTokenAsync(string token, CancellationToken cancellationToken) =>
        Task.FromResult(TestCards.FindToken(token) is { } card ? Describe(card) : null);

    public Task<string?> TokenizeCardAsync(string cardNumber, int expiryMonth, int expiryYear, CancellationToken cancellationToken) =>
        Task.FromResult(TestCards.FindNumber(cardNumber)?.Token);

    public async Task<ChargeResult> ChargeAsync(ChargeRequest request, CancellationToken cancellationToken)
    {
        var card = TestCards.FindToken(request.Token);
        var attempt = attempts.AddOrUpdate(request.IdempotencyKey, 1, (_, count) => count + 1);
        switch (card?.Behaviour)
        {
            case TestCardBehaviour.Timeout:
                await Task.Delay(Timeout.Infinite, cancellationToken);
                break;
            case TestCardBehaviour.Unavailable:
            case TestCardBehaviour.Flaky when attempt == 1:
                throw new ProviderUnavailableException($"The provider is unavailable (token {request.Token}, attempt {attempt})");
        }

        return charges.GetOrAdd(request.IdempotencyKey, _ => new Lazy<ChargeResult>(() => Decide(card))).Value;
    }

    public Task<ProviderRefundResult> RefundAsync(ProviderRefundRequest request, CancellationToken cancellationToken)
    {
        var result = refunds.GetOrAdd(request.IdempotencyKey,
            key => new Lazy<ProviderRefundResult>(() => new ProviderRefundResult(true, "re_" + Guid.NewGuid().ToString("N")[..24], null))).Value;
        return Task.FromResult(result);
    }

    private ChargeResult Decide(TestCard? card)
    {
        Interlocked.Increment(ref chargesCreated);
        return card?.Behaviour switch
        {
            TestCardBehaviour.Decline => ChargeResult.Declined(DeclineCodes.CardDeclined, "Your card was declined"),
            TestCardBehaviour.InsufficientFunds => ChargeResult.Declined(DeclineCodes.InsufficientFunds, "Insufficient funds"),
            null => ChargeResult.Declined(DeclineCodes.CardDeclined, "Unknown card token"),
            _ => Approve(),
        };
    }

    private static ChargeResult Approve()
    {
        var transactionId = "txn_" + Guid.NewGuid().ToString("N")[..24];
        return ChargeResult.Approved(transactionId, $"https://payments.simulated.local/receipts/{transactionId}");
    }

    private static CardDetails Describe(TestCard card) => new(card.Token, card.Brand, card.Last4, TestCards.ExpiryMonth, TestCards.ExpiryYear);
}
