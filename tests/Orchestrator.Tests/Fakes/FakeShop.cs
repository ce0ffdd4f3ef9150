using PurchasePlatform.Orchestrator.Saga;

namespace PurchasePlatform.Orchestrator.Tests.Fakes;

/// <summary>
/// Inventory, Catalog, Orders and Payments in memory, idempotent by the same keys as the real services, with totals
/// to check that no unit is lost and nothing is charged twice. A step can be made unavailable for a number of calls,
/// the card declined, or a charge's answer lost after the money moved.
/// </summary>
internal sealed class FakeShop : IPurchaseSteps
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, int> available = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string ProductId, int Quantity, string State)> holds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> prices = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string OrderId, long TotalCents)> orders = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> orderStatus = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string PaymentId, string OrderId, long Cents)> charges = new(StringComparer.Ordinal);
    private readonly HashSet<string> refunds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> unavailableFor = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Exception> throwing = new(StringComparer.Ordinal);

    public List<string> Calls { get; } = [];

    public bool DeclineCards { get; set; }

    /// <summary>Orders refuses to confirm the order (after the reservations were confirmed).</summary>
    public bool RefuseOrderConfirmation { get; set; }

    /// <summary>The next charge moves the money but its answer is lost (as if the orchestrator crashed or timed out).</summary>
    public bool LoseNextChargeAnswer { get; set; }

    public long ChargedCents { get; private set; }

    public long RefundedCents { get; private set; }

    public int ChargeCount { get; private set; }

    public List<string> Notified { get; } = [];

    public void Product(string productId, int stock, long priceCents = 1_000)
    {
        available[productId] = stock;
        prices[productId] = priceCents;
    }

    public int Available(string productId) => available[productId];

    public int Held(string productId) => holds.Values.Where(h => h.ProductId == productId && h.State == "held").Sum(h => h.Quantity);

    public int Sold(string productId) => holds.Values.Where(h => h.ProductId == productId && h.State == "sold").Sum(h => h.Quantity);

    public string? StatusOfOrder(string orderId) => orderStatus.GetValueOrDefault(orderId);

    /// <summary>Every hold expires, as Inventory's expiry reminder does: the stock is free again.</summary>
    public void ExpireHolds()
    {
        foreach (var (key, hold) in holds.Where(h => h.Value.State == "held").ToList())
        {
            available[hold.ProductId] += hold.Quantity;
            holds[key] = hold with { State = "released" };
        }
    }

    /// <summary>Every call of <paramref name="step"/> throws <paramref name="exception"/>.</summary>
    public void Throws(string step, Exception exception) => throwing[step] = exception;

    /// <summary>The next <paramref name="calls"/> calls of <paramref name="step"/> (a method name without Async) answer unavailable.</summary>
    public void Unavailable(string step, int calls) => unavailableFor[step] = calls;

    public Task<StepResult> ReserveAsync(string purchaseId, PurchaseLine line, CancellationToken cancellationToken) => Run("Reserve", () =>
    {
        var key = $"{purchaseId}:{line.ProductId}";
        if (holds.TryGetValue(key, out var hold))
        {
            return hold.State == "none" ? StepResult.Rejected($"Out of stock: {line.ProductId}") : StepResult.Done;
        }

        if (available.GetValueOrDefault(line.ProductId) < line.Quantity)
        {
            holds[key] = (line.ProductId, line.Quantity, "none");
            return StepResult.Rejected($"Out of stock: {line.ProductId}");
        }

        available[line.ProductId] -= line.Quantity;
        holds[key] = (line.ProductId, line.Quantity, "held");
        return StepResult.Done;
    });

    public Task<StepResult<IReadOnlyList<LinePrice>>> PriceAsync(IReadOnlyList<PurchaseLine> lines, CancellationToken cancellationToken) =>
        Run("Price", () => StepResult<IReadOnlyList<LinePrice>>.Of(lines.Select(l => new LinePrice(l.ProductId, "Product " + l.ProductId, prices[l.ProductId], "USD")).ToList()),
            StepResult<IReadOnlyList<LinePrice>>.Transient);

    public Task<StepResult<CreatedOrder>> CreateOrderAsync(PurchaseState purchase, CancellationToken cancellationToken) => Run("CreateOrder", () =>
    {
        var key = $"{purchase.PurchaseId}:order";
        if (!orders.TryGetValue(key, out var order))
        {
            order = ($"order-{orders.Count + 1}", purchase.Lines.Sum(l => prices[l.ProductId] * l.Quantity));
            orders[key] = order;
            orderStatus[order.OrderId] = "pending";
        }

        return StepResult<CreatedOrder>.Of(new CreatedOrder(order.OrderId, order.TotalCents, "USD"));
    }, StepResult<CreatedOrder>.Transient);

    public Task<StepResult<string>> ChargeAsync(PurchaseState purchase, CancellationToken cancellationToken) => Run("Charge", () =>
    {
        var key = $"{purchase.PurchaseId}:charge";
        if (DeclineCards)
        {
            return StepResult<string>.Rejected("Payment declined: card declined");
        }

        if (!charges.TryGetValue(key, out var charge))
        {
            charge = ($"pay-{charges.Count + 1}", purchase.OrderId!, purchase.AmountCents!.Value);
            charges[key] = charge;
            ChargedCents += charge.Cents;
            ChargeCount++;
        }

        if (LoseNextChargeAnswer)
        {
            LoseNextChargeAnswer = false;
            return StepResult<string>.Transient("the answer was lost");
        }

        return StepResult<string>.Of(charge.PaymentId);
    }, StepResult<string>.Transient);

    public Task<StepResult> ConfirmReservationAsync(string purchaseId, PurchaseLine line, CancellationToken cancellationToken) => Run("ConfirmReservation", () =>
    {
        var key = $"{purchaseId}:{line.ProductId}";
        if (!holds.TryGetValue(key, out var hold) || hold.State is "none" or "released")
        {
            return StepResult.Rejected("hold gone");
        }

        holds[key] = hold with { State = "sold" };
        return StepResult.Done;
    });

    public Task<StepResult> ConfirmOrderAsync(PurchaseState purchase, CancellationToken cancellationToken) => Run("ConfirmOrder", () =>
    {
        if (RefuseOrderConfirmation)
        {
            return StepResult.Rejected("Orders refused to confirm the order");
        }

        orderStatus[purchase.OrderId!] = "confirmed";
        return StepResult.Done;
    });

    public Task<StepResult> NotifyAsync(PurchaseState purchase, CancellationToken cancellationToken) => Run("Notify", () =>
    {
        Notified.Add(purchase.PurchaseId);
        return StepResult.Done;
    });

    public Task<StepResult<string?>> FindPaymentAsync(PurchaseState purchase, CancellationToken cancellationToken) => Run("FindPayment", () =>
        new StepResult<string?>(StepResult.Done, charges.Values.Where(c => c.OrderId == purchase.OrderId).Select(c => c.PaymentId).FirstOrDefault()),
        StepResult<string?>.Transient);

    public Task<StepResult> RefundAsync(PurchaseState purchase, CancellationToken cancellationToken) => Run("Refund", () =>
    {
        if (refunds.Add(purchase.PaymentId!))
        {
            RefundedCents += charges.Values.Single(c => c.PaymentId == purchase.PaymentId).Cents;
        }

        return StepResult.Done;
    });

    public Task<StepResult> CancelOrderAsync(PurchaseState purchase, CancellationToken cancellationToken) => Run("CancelOrder", () =>
    {
        orderStatus[purchase.OrderId!] = "cancelled";
        return StepResult.Done;
    });

    public Task<StepResult> ReleaseAsync(string purchaseId, PurchaseLine line, CancellationToken cancellationToken) => Run("Release", () =>
    {
        var key = $"{purchaseId}:{line.ProductId}";
        if (holds.TryGetValue(key, out var hold) && hold.State is "held" or "sold")
        {
            // A sold one is a confirm whose answer was lost: it is put back, as DaprPurchaseSteps does.
            available[hold.ProductId] += hold.Quantity;
            holds[key] = hold with { State = hold.State == "held" ? "released" : "returned" };
        }

        return StepResult.Done;
    });

    public Task<StepResult> ReturnAsync(string purchaseId, PurchaseLine line, CancellationToken cancellationToken) => Run("Return", () =>
    {
        var key = $"{purchaseId}:{line.ProductId}";
        if (!holds.TryGetValue(key, out var hold) || hold.State is not ("sold" or "returned"))
        {
            return StepResult.Rejected("not confirmed");
        }

        if (hold.State == "sold")
        {
            available[hold.ProductId] += hold.Quantity;
            holds[key] = hold with { State = "returned" };
        }

        return StepResult.Done;
    });

    private Task<StepResult> Run(string step, Func<StepResult> work) => Run(step, work, StepResult.Transient);

    private Task<T> Run<T>(string step, Func<T> work, Func<string, T> unavailable)
    {
        lock (gate)
        {
            Calls.Add(step);
            if (throwing.TryGetValue(step, out var exception))
            {
                throw exception;
            }

            if (unavailableFor.TryGetValue(step, out var left) && left > 0)
            {
                unavailableFor[step] = left - 1;
                return Task.FromResult(unavailable($"{step} unavailable"));
            }

            return Task.FromResult(work());
        }
    }
}
