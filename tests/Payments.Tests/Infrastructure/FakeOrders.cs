using System.Collections.Concurrent;
using PurchasePlatform.Payments.Orders;

namespace PurchasePlatform.Payments.Tests.Infrastructure;

/// <summary>Stands in for Orders' <c>GET /api/orders/{id}</c>: the orders a test put here; any other is not found.</summary>
public sealed class FakeOrders : IOrderLookup
{
    private readonly ConcurrentDictionary<string, OrderLookup> answers = new(StringComparer.Ordinal);

    public List<(string OrderId, string? Token)> Calls { get; } = [];

    public void Has(string orderId, Guid userId, decimal totalAmount, string status = "pending", string currency = "USD") =>
        answers[orderId] = OrderLookup.Found(new OrderFacts(userId.ToString("D"), status, totalAmount, currency));

    public void Down(string orderId) => answers[orderId] = OrderLookup.Unavailable;

    public Task<OrderLookup> FindAsync(string orderId, string? bearerToken, CancellationToken cancellationToken)
    {
        lock (Calls) Calls.Add((orderId, bearerToken));
        return Task.FromResult(answers.GetValueOrDefault(orderId) ?? OrderLookup.NotFound);
    }
}

/// <summary>For the tests that are not about orders: every customer payment is for a payable order of theirs.</summary>
public sealed class PayableOrders : IOrderPaymentCheck
{
    public Task<(OrderPaymentVerdict Verdict, OrderFacts? Order)> CheckAsync(OrderPaymentIntent intent, string? bearerToken,
        CancellationToken cancellationToken) =>
        Task.FromResult<(OrderPaymentVerdict, OrderFacts?)>((OrderPaymentVerdict.Payable, null));
}
