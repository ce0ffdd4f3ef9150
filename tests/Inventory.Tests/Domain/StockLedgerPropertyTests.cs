using PurchasePlatform.Inventory.Domain;

namespace PurchasePlatform.Inventory.Tests.Domain;

/// <summary>Random sequences of operations must never oversell, lose or create stock.</summary>
public class StockLedgerPropertyTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Random_operations_keep_the_counts_consistent(int seed)
    {
        var random = new Random(seed);
        var now = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var hold = TimeSpan.FromMinutes(5);
        var ledger = StockLedger.Empty();
        var total = 0;

        for (var step = 0; step < 2_000; step++)
        {
            now += TimeSpan.FromSeconds(random.Next(0, 60));
            var key = $"key-{random.Next(0, 150)}";
            var before = ledger.Counts;
            switch (random.Next(0, 6))
            {
                case 0:
                    var available = random.Next(0, 30);
                    ledger.SetAvailable(available);
                    total += available - before.Available;
                    break;
                case 1:
                    var outcome = ledger.Reserve(key, random.Next(-1, 8), now, hold);
                    if (outcome is { Result: ReserveResult.SoldOut, IsDuplicate: false })
                    {
                        Assert.True(ledger.Available < outcome.Quantity, "refused a reservation that was in stock");
                    }
                    break;
                case 2:
                    ledger.Confirm(key, now);
                    break;
                case 3:
                    ledger.Release(key);
                    break;
                case 4:
                    ledger.Expire(key);
                    break;
                default:
                    ledger.ExpireDue(now);
                    break;
            }

            AssertConsistent(ledger, total);
        }
    }

    private static void AssertConsistent(StockLedger ledger, int total)
    {
        var counts = ledger.Counts;
        Assert.True(counts is { Available: >= 0, Reserved: >= 0, Sold: >= 0 }, $"negative count: {counts}");
        Assert.Equal(total, counts.Total);
        Assert.Equal(HeldBy(ledger, ReservationStatus.Reserved), counts.Reserved);
        Assert.Equal(HeldBy(ledger, ReservationStatus.Confirmed), counts.Sold);
    }

    private static int HeldBy(StockLedger ledger, ReservationStatus status) =>
        ledger.Reservations.Where(r => r.Status == status).Sum(r => r.Quantity);
}
