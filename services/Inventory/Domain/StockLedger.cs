namespace PurchasePlatform.Inventory.Domain;

/// <summary>
/// Stock of one product: available, reserved and sold counts plus every reservation by idempotency key.
/// Stock only moves between the three counts; <see cref="SetAvailable"/> is the one operation that changes the total.
/// <see cref="Version"/> goes up on every change, so a caller can tell whether there is anything to persist.
/// </summary>
public sealed class StockLedger
{
    private readonly Dictionary<string, Reservation> reservations;
    private readonly Dictionary<string, int> soldOutKeys;

    private StockLedger(int available, int reserved, int sold, long version,
        Dictionary<string, Reservation> reservations, Dictionary<string, int> soldOutKeys)
    {
        Available = available;
        Reserved = reserved;
        Sold = sold;
        Version = version;
        this.reservations = reservations;
        this.soldOutKeys = soldOutKeys;
    }

    public int Available { get; private set; }
    public int Reserved { get; private set; }
    public int Sold { get; private set; }
    public long Version { get; private set; }

    public StockCounts Counts => new(Available, Reserved, Sold);

    public IEnumerable<Reservation> Reservations => reservations.Values;

    public static StockLedger Empty() => new(0, 0, 0, 0, new(StringComparer.Ordinal), new(StringComparer.Ordinal));

    public static StockLedger FromSnapshot(StockSnapshot snapshot)
    {
        var ledger = new StockLedger(snapshot.Available, snapshot.Reserved, snapshot.Sold, snapshot.Version,
            snapshot.Reservations.ToDictionary(r => r.Key, StringComparer.Ordinal),
            new Dictionary<string, int>(snapshot.SoldOutKeys, StringComparer.Ordinal));
        ledger.EnsureConsistent();
        return ledger;
    }

    public StockSnapshot ToSnapshot() => new()
    {
        Available = Available,
        Reserved = Reserved,
        Sold = Sold,
        Version = Version,
        Reservations = [.. reservations.Values],
        SoldOutKeys = new Dictionary<string, int>(soldOutKeys, StringComparer.Ordinal),
    };

    public Reservation? Find(string key) => reservations.GetValueOrDefault(key);

    /// <summary>Sets the stock on hand that is free to reserve; open reservations and sales are kept.</summary>
    public void SetAvailable(int available)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(available);
        if (available == Available)
        {
            return;
        }

        Available = available;
        Version++;
    }

    public ReserveOutcome Reserve(string key, int quantity, DateTimeOffset now, TimeSpan holdFor)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(holdFor, TimeSpan.Zero);
        if (string.IsNullOrWhiteSpace(key))
        {
            return new ReserveOutcome(ReserveResult.InvalidKey, key ?? "", quantity, null);
        }

        if (FirstOutcome(key) is { } first)
        {
            return first with { IsDuplicate = true };
        }

        if (quantity <= 0)
        {
            return new ReserveOutcome(ReserveResult.InvalidQuantity, key, quantity, null);
        }

        ExpireDue(now);
        if (Available < quantity)
        {
            soldOutKeys[key] = quantity;
            Version++;
            return new ReserveOutcome(ReserveResult.SoldOut, key, quantity, null);
        }

        var reservation = new Reservation(key, quantity, ReservationStatus.Reserved, now + holdFor);
        reservations[key] = reservation;
        Available -= quantity;
        Reserved += quantity;
        Version++;
        return new ReserveOutcome(ReserveResult.Reserved, key, quantity, reservation.ExpiresAt);
    }

    /// <summary>Turns a reservation into a sale, unless it was released or its hold has run out.</summary>
    public SettleResult Confirm(string key, DateTimeOffset now)
    {
        if (!reservations.TryGetValue(key, out var reservation))
        {
            return SettleResult.NotFound;
        }

        if (reservation.Status == ReservationStatus.Reserved && now >= reservation.ExpiresAt)
        {
            // The expiry reminder may not have fired yet; the hold has lapsed all the same.
            Expire(key);
            return SettleResult.AlreadyExpired;
        }

        if (reservation.Status != ReservationStatus.Reserved)
        {
            return AlreadySettled(reservation.Status);
        }

        reservations[key] = reservation with { Status = ReservationStatus.Confirmed };
        Reserved -= reservation.Quantity;
        Sold += reservation.Quantity;
        Version++;
        return SettleResult.Confirmed;
    }

    /// <summary>Gives a reservation's stock back to available.</summary>
    public SettleResult Release(string key)
    {
        if (!reservations.TryGetValue(key, out var reservation))
        {
            return SettleResult.NotFound;
        }

        if (reservation.Status != ReservationStatus.Reserved)
        {
            return AlreadySettled(reservation.Status);
        }

        ReturnToAvailable(reservation, ReservationStatus.Released);
        return SettleResult.Released;
    }

    /// <summary>Expires one reservation if it is still held, whatever the clock says; true if it did.</summary>
    public bool Expire(string key)
    {
        if (!reservations.TryGetValue(key, out var reservation) || reservation.Status != ReservationStatus.Reserved)
        {
            return false;
        }

        ReturnToAvailable(reservation, ReservationStatus.Expired);
        return true;
    }

    /// <summary>Expires every held reservation whose hold has run out by <paramref name="now"/>.</summary>
    public IReadOnlyList<string> ExpireDue(DateTimeOffset now)
    {
        var due = reservations.Values
            .Where(r => r.Status == ReservationStatus.Reserved && now >= r.ExpiresAt)
            .Select(r => r.Key)
            .ToList();
        foreach (var key in due)
        {
            Expire(key);
        }

        return due;
    }

    private ReserveOutcome? FirstOutcome(string key)
    {
        if (reservations.TryGetValue(key, out var reservation))
        {
            return new ReserveOutcome(ReserveResult.Reserved, key, reservation.Quantity, reservation.ExpiresAt);
        }

        return soldOutKeys.TryGetValue(key, out var quantity)
            ? new ReserveOutcome(ReserveResult.SoldOut, key, quantity, null)
            : null;
    }

    private void ReturnToAvailable(Reservation reservation, ReservationStatus status)
    {
        reservations[reservation.Key] = reservation with { Status = status };
        Reserved -= reservation.Quantity;
        Available += reservation.Quantity;
        Version++;
    }

    private static SettleResult AlreadySettled(ReservationStatus status) => status switch
    {
        ReservationStatus.Confirmed => SettleResult.AlreadyConfirmed,
        ReservationStatus.Released => SettleResult.AlreadyReleased,
        ReservationStatus.Expired => SettleResult.AlreadyExpired,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    private void EnsureConsistent()
    {
        var held = reservations.Values.Where(r => r.Status == ReservationStatus.Reserved).Sum(r => r.Quantity);
        var confirmed = reservations.Values.Where(r => r.Status == ReservationStatus.Confirmed).Sum(r => r.Quantity);
        if (Available < 0 || Reserved != held || Sold != confirmed)
        {
            throw new InvalidOperationException(
                $"Stock snapshot is inconsistent: available {Available}, reserved {Reserved} (held {held}), sold {Sold} (confirmed {confirmed}).");
        }
    }
}
