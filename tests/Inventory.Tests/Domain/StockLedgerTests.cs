using PurchasePlatform.Inventory.Domain;

namespace PurchasePlatform.Inventory.Tests.Domain;

public class StockLedgerTests
{
    private static readonly DateTimeOffset Now = new(2026, 1, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Hold = TimeSpan.FromMinutes(10);

    private static StockLedger LedgerWith(int available)
    {
        var ledger = StockLedger.Empty();
        ledger.SetAvailable(available);
        return ledger;
    }

    [Fact]
    public void Reserve_moves_stock_from_available_to_reserved_and_holds_it_until_expiry()
    {
        var ledger = LedgerWith(10);

        var outcome = ledger.Reserve("order-1", 3, Now, Hold);

        Assert.Equal(new ReserveOutcome(ReserveResult.Reserved, "order-1", 3, Now + Hold), outcome);
        Assert.Equal(new StockCounts(7, 3, 0), ledger.Counts);
        Assert.Equal(new Reservation("order-1", 3, ReservationStatus.Reserved, Now + Hold), ledger.Find("order-1"));
    }

    [Fact]
    public void Reserve_can_take_exactly_what_is_available()
    {
        var ledger = LedgerWith(3);

        Assert.Equal(ReserveResult.Reserved, ledger.Reserve("order-1", 3, Now, Hold).Result);
        Assert.Equal(new StockCounts(0, 3, 0), ledger.Counts);
    }

    [Fact]
    public void Reserve_more_than_available_is_sold_out_and_changes_no_counts()
    {
        var ledger = LedgerWith(2);

        var outcome = ledger.Reserve("order-1", 3, Now, Hold);

        Assert.Equal(ReserveResult.SoldOut, outcome.Result);
        Assert.Equal(new StockCounts(2, 0, 0), ledger.Counts);
        Assert.Null(ledger.Find("order-1"));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Reserve_of_a_non_positive_quantity_is_invalid_and_not_remembered(int quantity)
    {
        var ledger = LedgerWith(5);

        Assert.Equal(ReserveResult.InvalidQuantity, ledger.Reserve("order-1", quantity, Now, Hold).Result);
        Assert.Equal(ReserveResult.Reserved, ledger.Reserve("order-1", 1, Now, Hold).Result);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void Reserve_without_a_key_is_refused(string key)
    {
        var ledger = LedgerWith(5);

        Assert.Equal(ReserveResult.InvalidKey, ledger.Reserve(key, 1, Now, Hold).Result);
        Assert.Equal(new StockCounts(5, 0, 0), ledger.Counts);
    }

    [Fact]
    public void Same_key_returns_the_first_outcome_and_never_reserves_twice()
    {
        var ledger = LedgerWith(10);
        var first = ledger.Reserve("order-1", 3, Now, Hold);
        var version = ledger.Version;

        var again = ledger.Reserve("order-1", 3, Now.AddMinutes(1), Hold);
        var otherQuantity = ledger.Reserve("order-1", 5, Now.AddMinutes(2), Hold);

        Assert.Equal(first with { IsDuplicate = true }, again);
        Assert.Equal(first with { IsDuplicate = true }, otherQuantity);
        Assert.Equal(new StockCounts(7, 3, 0), ledger.Counts);
        Assert.Equal(version, ledger.Version);
    }

    [Fact]
    public void Same_key_after_sold_out_stays_sold_out_even_when_stock_arrives()
    {
        var ledger = LedgerWith(1);
        ledger.Reserve("order-1", 2, Now, Hold);
        ledger.SetAvailable(10);

        var again = ledger.Reserve("order-1", 2, Now, Hold);

        Assert.Equal(new ReserveOutcome(ReserveResult.SoldOut, "order-1", 2, null, IsDuplicate: true), again);
        Assert.Equal(new StockCounts(10, 0, 0), ledger.Counts);
    }

    [Fact]
    public void Same_key_after_confirmation_still_returns_the_first_reserved_outcome()
    {
        var ledger = LedgerWith(10);
        var first = ledger.Reserve("order-1", 3, Now, Hold);
        ledger.Confirm("order-1", Now);

        Assert.Equal(first with { IsDuplicate = true }, ledger.Reserve("order-1", 3, Now, Hold));
        Assert.Equal(new StockCounts(7, 0, 3), ledger.Counts);
    }

    [Fact]
    public void Confirm_moves_reserved_to_sold_once()
    {
        var ledger = LedgerWith(10);
        ledger.Reserve("order-1", 3, Now, Hold);

        Assert.Equal(SettleResult.Confirmed, ledger.Confirm("order-1", Now.AddMinutes(1)));
        Assert.Equal(SettleResult.AlreadyConfirmed, ledger.Confirm("order-1", Now.AddMinutes(2)));
        Assert.Equal(new StockCounts(7, 0, 3), ledger.Counts);
        Assert.Equal(ReservationStatus.Confirmed, ledger.Find("order-1")!.Status);
    }

    [Fact]
    public void Release_gives_stock_back_once()
    {
        var ledger = LedgerWith(10);
        ledger.Reserve("order-1", 3, Now, Hold);

        Assert.Equal(SettleResult.Released, ledger.Release("order-1"));
        Assert.Equal(SettleResult.AlreadyReleased, ledger.Release("order-1"));
        Assert.Equal(new StockCounts(10, 0, 0), ledger.Counts);
    }

    [Fact]
    public void Confirming_a_released_reservation_fails_and_sells_nothing()
    {
        var ledger = LedgerWith(10);
        ledger.Reserve("order-1", 3, Now, Hold);
        ledger.Release("order-1");

        Assert.Equal(SettleResult.AlreadyReleased, ledger.Confirm("order-1", Now));
        Assert.Equal(new StockCounts(10, 0, 0), ledger.Counts);
    }

    [Fact]
    public void Releasing_a_confirmed_reservation_fails_and_keeps_the_sale()
    {
        var ledger = LedgerWith(10);
        ledger.Reserve("order-1", 3, Now, Hold);
        ledger.Confirm("order-1", Now);

        Assert.Equal(SettleResult.AlreadyConfirmed, ledger.Release("order-1"));
        Assert.Equal(new StockCounts(7, 0, 3), ledger.Counts);
    }

    [Fact]
    public void Unknown_keys_are_not_found()
    {
        var ledger = LedgerWith(10);

        Assert.Equal(SettleResult.NotFound, ledger.Confirm("nope", Now));
        Assert.Equal(SettleResult.NotFound, ledger.Release("nope"));
        Assert.False(ledger.Expire("nope"));
    }

    [Fact]
    public void Expiry_returns_stock_and_later_confirmation_fails()
    {
        var ledger = LedgerWith(10);
        ledger.Reserve("order-1", 3, Now, Hold);

        Assert.True(ledger.Expire("order-1"));
        Assert.False(ledger.Expire("order-1"));
        Assert.Equal(SettleResult.AlreadyExpired, ledger.Confirm("order-1", Now));
        Assert.Equal(SettleResult.AlreadyExpired, ledger.Release("order-1"));
        Assert.Equal(new StockCounts(10, 0, 0), ledger.Counts);
    }

    [Fact]
    public void Confirming_after_the_hold_ran_out_expires_the_reservation_instead()
    {
        var ledger = LedgerWith(10);
        ledger.Reserve("order-1", 3, Now, Hold);

        Assert.Equal(SettleResult.AlreadyExpired, ledger.Confirm("order-1", Now + Hold));
        Assert.Equal(new StockCounts(10, 0, 0), ledger.Counts);
        Assert.Equal(ReservationStatus.Expired, ledger.Find("order-1")!.Status);
    }

    [Fact]
    public void ExpireDue_releases_only_lapsed_held_reservations()
    {
        var ledger = LedgerWith(10);
        ledger.Reserve("early", 1, Now, Hold);
        ledger.Reserve("late", 2, Now.AddMinutes(5), Hold);
        ledger.Reserve("sold", 3, Now, Hold);
        ledger.Confirm("sold", Now);

        var expired = ledger.ExpireDue(Now + Hold);

        Assert.Equal(["early"], expired);
        Assert.Equal(new StockCounts(5, 2, 3), ledger.Counts);
        Assert.Empty(ledger.ExpireDue(Now + Hold));
    }

    [Fact]
    public void Reserve_reuses_stock_from_lapsed_reservations_even_before_their_reminder()
    {
        var ledger = LedgerWith(3);
        ledger.Reserve("order-1", 3, Now, Hold);

        var outcome = ledger.Reserve("order-2", 3, Now + Hold, Hold);

        Assert.Equal(ReserveResult.Reserved, outcome.Result);
        Assert.Equal(ReservationStatus.Expired, ledger.Find("order-1")!.Status);
        Assert.Equal(new StockCounts(0, 3, 0), ledger.Counts);
    }

    [Fact]
    public void SetAvailable_keeps_open_reservations_and_sales()
    {
        var ledger = LedgerWith(10);
        ledger.Reserve("held", 2, Now, Hold);
        ledger.Reserve("sold", 3, Now, Hold);
        ledger.Confirm("sold", Now);

        ledger.SetAvailable(4);

        Assert.Equal(new StockCounts(4, 2, 3), ledger.Counts);
        Assert.Equal(SettleResult.Released, ledger.Release("held"));
        Assert.Equal(new StockCounts(6, 0, 3), ledger.Counts);
    }

    [Fact]
    public void SetAvailable_rejects_negative_stock_and_ignores_no_change()
    {
        var ledger = LedgerWith(4);
        var version = ledger.Version;

        Assert.Throws<ArgumentOutOfRangeException>(() => ledger.SetAvailable(-1));
        ledger.SetAvailable(4);

        Assert.Equal(version, ledger.Version);
        Assert.Equal(new StockCounts(4, 0, 0), ledger.Counts);
    }

    [Fact]
    public void Snapshot_round_trip_keeps_counts_reservations_and_first_outcomes()
    {
        var ledger = LedgerWith(5);
        var reserved = ledger.Reserve("held", 2, Now, Hold);
        ledger.Reserve("refused", 9, Now, Hold);

        var json = System.Text.Json.JsonSerializer.Serialize(ledger.ToSnapshot(), JsonOptions);
        var restored = StockLedger.FromSnapshot(System.Text.Json.JsonSerializer.Deserialize<StockSnapshot>(json, JsonOptions)!);

        Assert.Equal(ledger.Counts, restored.Counts);
        Assert.Equal(ledger.Version, restored.Version);
        Assert.Equal(reserved with { IsDuplicate = true }, restored.Reserve("held", 2, Now, Hold));
        Assert.Equal(ReserveResult.SoldOut, restored.Reserve("refused", 9, Now, Hold).Result);
        Assert.Equal(SettleResult.Confirmed, restored.Confirm("held", Now));
    }

    [Fact]
    public void FromSnapshot_refuses_counts_that_do_not_match_the_reservations()
    {
        var corrupt = new StockSnapshot
        {
            Available = 5,
            Reserved = 1,
            Reservations = [new Reservation("held", 2, ReservationStatus.Reserved, Now)],
        };

        Assert.Throws<InvalidOperationException>(() => StockLedger.FromSnapshot(corrupt));
    }

    private static readonly System.Text.Json.JsonSerializerOptions JsonOptions = new(System.Text.Json.JsonSerializerDefaults.Web);
}
