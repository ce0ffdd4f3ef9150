using System.Net;
using Microsoft.EntityFrameworkCore;
using PurchasePlatform.Payments.Domain;
using PurchasePlatform.Payments.Tests.Api;
using PurchasePlatform.Payments.Tests.Infrastructure;
using PurchasePlatform.TestSupport;

namespace PurchasePlatform.Payments.Tests.Reconciliation;

/// <summary>
/// The reconciler as the service runs it: its background loop, switched on with a short interval, finishes an
/// abandoned payment by itself, and its later passes never charge again.
/// </summary>
public sealed class ReconciliationLoopTests : PaymentsHost
{
    private readonly Guid user = Guid.NewGuid();
    private readonly string orderId = "order-" + Guid.NewGuid().ToString("N");

    protected override bool ChecksOrders => true;

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Payments:Reconciliation:Enabled"] = "true",
        ["Payments:Reconciliation:Interval"] = "00:00:00.100",
        ["Payments:Reconciliation:MinimumAge"] = "00:01:00",
    };

    [Fact]
    public async Task The_running_service_completes_an_abandoned_payment_by_itself_once_it_is_old_enough_with_one_charge()
    {
        Orders.Has(orderId, user, 12.50m);
        Provider.Unreachable = true;
        var abandoned = await PostAsync("/api/payments", TestTokens.Orchestrator(), PaymentRequests.Internal(user, "tok_success", orderId: orderId), Key());
        Assert.Equal(HttpStatusCode.ServiceUnavailable, abandoned.StatusCode);
        Provider.Unreachable = false;

        // Several passes run while the payment is younger than MinimumAge: none may touch it.
        await Task.Delay(TimeSpan.FromMilliseconds(500));
        Assert.Equal(PaymentStatus.Processing, await StatusAsync());
        Assert.Equal(0, Provider.Simulated.ChargesCreated);

        Clock.Advance(TimeSpan.FromMinutes(2));
        await Eventually.WaitUntilAsync(async () => await StatusAsync() == PaymentStatus.Succeeded);

        await Task.Delay(TimeSpan.FromMilliseconds(500));
        Assert.Equal(PaymentStatus.Succeeded, await StatusAsync());
        Assert.Equal(1, Provider.Simulated.ChargesCreated);
    }

    private Task<PaymentStatus> StatusAsync() => InDatabaseAsync(db => db.Payments.AsNoTracking().Select(p => p.Status).SingleAsync());
}
