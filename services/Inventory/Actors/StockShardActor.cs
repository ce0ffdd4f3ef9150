using System.Security.Cryptography;
using System.Text;
using Dapr.Actors.Runtime;
using Dapr.Client;
using Microsoft.Extensions.Options;
using PurchasePlatform.Inventory.Domain;
using PurchasePlatform.Inventory.Events;

namespace PurchasePlatform.Inventory.Actors;

/// <summary>
/// One shard of a product's stock. State: the small <see cref="ShardState"/> entry plus one entry per order key.
/// Order events go into the shard state's outbox in the same save as the stock change, are delivered right after
/// the save, and are retried by the outbox reminder (with backoff) until delivered. Saga holds expire by a
/// reminder each.
/// </summary>
public sealed partial class StockShardActor : Actor, IStockShardActor, IRemindable
{
    internal const string ShardStateName = "shard";
    internal const string OutboxReminderName = "outbox-delivery";
    internal const string HoldExpiryReminderPrefix = "hold-expiry-";

    private readonly InventoryOptions options;
    private readonly DaprClient dapr;
    private readonly TimeProvider clock;
    private readonly ILogger<StockShardActor> logger;

    // Outbox entries published since the last save; the next save drops them. Lost with the activation, which
    // only means the reminder publishes them again (consumers dedupe by eventId).
    private readonly HashSet<string> delivered = new(StringComparer.Ordinal);
    private bool outboxReminderRegistered;
    private int failedDeliveries;

    public StockShardActor(ActorHost host, DaprClient dapr, IOptions<InventoryOptions> options, TimeProvider clock,
        ILogger<StockShardActor> logger, IActorStateManager? stateManager = null)
        : base(host)
    {
        this.dapr = dapr;
        this.options = options.Value;
        this.clock = clock;
        this.logger = logger;
        (ProductId, Shard) = ShardActorId.Parse(host.Id);
        if (stateManager is not null)
        {
            StateManager = stateManager;
        }
    }

    private string ProductId { get; }
    private int Shard { get; }

    public async Task<ShardCounts> SetAvailableAsync(SetShardStockRequest request)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(request.Available);
        var state = await LoadAsync();
        if (state.Available == request.Available && state.ShardCount == request.ShardCount)
        {
            return state.Counts;
        }

        if (state.Available != request.Available)
        {
            state.Available = request.Available;
            state.Version++;
        }

        state.ShardCount = request.ShardCount;
        await SaveAsync(state);
        await PublishStockChangedAsync(state);
        return state.Counts;
    }

    public async Task<ShardCounts> GetCountsAsync() => (await LoadAsync()).Counts;

    public async Task<ShardCounts> InitialiseAvailableAsync(SetShardStockRequest request)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(request.Available);
        var state = await LoadAsync();
        if (state.ShardCount != 0)
        {
            return state.Counts;
        }

        state.Available = request.Available;
        state.ShardCount = request.ShardCount;
        state.Version++;
        await SaveAsync(state);
        await PublishStockChangedAsync(state);
        return state.Counts;
    }

    public async Task<FlashSellOutcome> SellAsync(FlashSellRequest request)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(request.Quantity, 1);
        var name = FlashOrderStateName(request.OrderId);
        var decided = await StateManager.TryGetStateAsync<FlashOrder>(name);
        if (decided.HasValue)
        {
            return new FlashSellOutcome(decided.Value, IsDuplicate: true);
        }

        var state = await LoadAsync();
        var order = new FlashOrder(request.OrderId, request.ProductId, request.UserId, request.IdempotencyKey,
            request.Quantity, FlashOrderStatus.Passed, Shard);
        if (state.Available < request.Quantity)
        {
            await StateManager.SetStateAsync(name, order, options.Keys.Retention);
            await StateManager.SaveStateAsync();
            return new FlashSellOutcome(order, IsDuplicate: false);
        }

        order = order with { Status = FlashOrderStatus.Accepted, AcceptedAt = clock.GetUtcNow() };
        state.Available -= order.Quantity;
        state.Sold += order.Quantity;
        state.Version++;
        state.Outbox.Add(new OutboxEntry(order.OrderId.ToString("D"), InventoryTopics.OrderAccepted, order));
        await StateManager.SetStateAsync(name, order);
        await SaveWithOutboxAsync(state);
        await PublishStockChangedAsync(state);
        return new FlashSellOutcome(order, IsDuplicate: false);
    }

    public async Task<FlashOrderLookup> GetFlashOrderAsync(Guid orderId) => new(await FindSoldAsync(orderId));

    public async Task<FlashOrderLookup> CancelFlashOrderAsync(Guid orderId)
    {
        var order = await FindSoldAsync(orderId);
        if (order is not { Status: FlashOrderStatus.Accepted })
        {
            return new FlashOrderLookup(order);
        }

        var state = await LoadAsync();
        var cancelled = order with { Status = FlashOrderStatus.Cancelled, CancelledAt = clock.GetUtcNow() };
        state.Sold -= order.Quantity;
        state.Available += order.Quantity;
        state.Version++;
        state.Outbox.Add(new OutboxEntry("cancel-" + order.OrderId.ToString("D"), InventoryTopics.OrderCanceled, cancelled));
        await StateManager.SetStateAsync(FlashOrderStateName(orderId), cancelled);
        await SaveWithOutboxAsync(state);
        await PublishStockChangedAsync(state);
        return new FlashOrderLookup(cancelled);
    }

    public async Task<ShardReserveOutcome> ReserveAsync(ShardReserveRequest request)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(request.Quantity, 1);
        var name = ReservationStateName(request.Key);
        var decided = await StateManager.TryGetStateAsync<Reservation>(name);
        if (decided.HasValue)
        {
            var first = decided.Value;
            return new ShardReserveOutcome(first.Status == ReservationStatus.Passed ? ReservationStatus.Passed : ReservationStatus.Reserved,
                first.Quantity, first.ExpiresAt, IsDuplicate: true);
        }

        var state = await LoadAsync();
        var now = clock.GetUtcNow();
        var version = state.Version;
        await ExpireDueHoldsAsync(state, now);
        if (state.Available < request.Quantity)
        {
            await StateManager.SetStateAsync(name, new Reservation(request.Key, request.Quantity, ReservationStatus.Passed, null),
                options.Keys.Retention);
            if (state.Version != version)
            {
                await SaveAsync(state);
                await PublishStockChangedAsync(state);
            }
            else
            {
                await StateManager.SaveStateAsync();
            }

            return new ShardReserveOutcome(ReservationStatus.Passed, request.Quantity, null, IsDuplicate: false);
        }

        var expiresAt = now + options.Reservations.HoldFor;
        state.Available -= request.Quantity;
        state.Reserved += request.Quantity;
        state.Version++;
        state.OpenHolds.Add(new OpenHold(request.Key, request.Quantity, expiresAt));
        // Registered before the save: a crash in between leaves a reminder that finds nothing to expire, never a
        // saved hold that nothing will expire.
        await RegisterReminderAsync(HoldExpiryReminderName(request.Key), Encoding.UTF8.GetBytes(request.Key),
            options.Reservations.HoldFor, Timeout.InfiniteTimeSpan);
        await StateManager.SetStateAsync(name, new Reservation(request.Key, request.Quantity, ReservationStatus.Reserved, expiresAt));
        await SaveAsync(state);
        await PublishStockChangedAsync(state);
        return new ShardReserveOutcome(ReservationStatus.Reserved, request.Quantity, expiresAt, IsDuplicate: false);
    }

    public Task<SettleResult> ConfirmAsync(string key) => SettleAsync(key, confirm: true);

    public Task<SettleResult> ReleaseAsync(string key) => SettleAsync(key, confirm: false);

    public async Task<SettleResult> ReturnAsync(string key)
    {
        var name = ReservationStateName(key);
        var stored = await StateManager.TryGetStateAsync<Reservation>(name);
        if (!stored.HasValue)
        {
            return SettleResult.NotFound;
        }

        var reservation = stored.Value;
        switch (reservation.Status)
        {
            case ReservationStatus.Passed:
                return SettleResult.Passed;
            case ReservationStatus.Returned:
                return SettleResult.AlreadyReturned;
            case not ReservationStatus.Confirmed:
                return SettleResult.NotConfirmed;
        }

        var state = await LoadAsync();
        state.Sold -= reservation.Quantity;
        state.Available += reservation.Quantity;
        state.Version++;
        await StateManager.SetStateAsync(name, reservation with { Status = ReservationStatus.Returned });
        await SaveAsync(state);
        await PublishStockChangedAsync(state);
        return SettleResult.Returned;
    }

    public async Task ReceiveReminderAsync(string reminderName, byte[] state, TimeSpan dueTime, TimeSpan period)
    {
        if (reminderName == OutboxReminderName)
        {
            await RetryOutboxAsync();
        }
        else if (reminderName.StartsWith(HoldExpiryReminderPrefix, StringComparison.Ordinal))
        {
            await ExpireHoldAsync(Encoding.UTF8.GetString(state));
        }
    }

    // The SDK puts reminder and state names into URL paths unescaped, and keys come from clients.
    internal static string HoldExpiryReminderName(string key) => HoldExpiryReminderPrefix + KeyHash(key);

    internal static string ReservationStateName(string key) => "hold-" + KeyHash(key);

    internal static string FlashOrderStateName(Guid orderId) => $"flash-{orderId:N}";

    private static string KeyHash(string key) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..32];

    private async Task<FlashOrder?> FindSoldAsync(Guid orderId)
    {
        var stored = await StateManager.TryGetStateAsync<FlashOrder>(FlashOrderStateName(orderId));
        return stored.HasValue && stored.Value.Status != FlashOrderStatus.Passed ? stored.Value : null;
    }

    private async Task<SettleResult> SettleAsync(string key, bool confirm)
    {
        var name = ReservationStateName(key);
        var stored = await StateManager.TryGetStateAsync<Reservation>(name);
        if (!stored.HasValue)
        {
            return SettleResult.NotFound;
        }

        var reservation = stored.Value;
        var state = await LoadAsync();
        if (reservation.Status == ReservationStatus.Reserved && confirm && clock.GetUtcNow() >= reservation.ExpiresAt)
        {
            // The expiry reminder may not have fired yet; the hold has lapsed all the same.
            await ReturnHoldAsync(state, reservation, ReservationStatus.Expired);
            await SaveAsync(state);
            await PublishStockChangedAsync(state);
            return SettleResult.AlreadyExpired;
        }

        if (reservation.Status != ReservationStatus.Reserved)
        {
            return reservation.Status switch
            {
                ReservationStatus.Passed => SettleResult.Passed,
                ReservationStatus.Confirmed => SettleResult.AlreadyConfirmed,
                ReservationStatus.Released => SettleResult.AlreadyReleased,
                _ => SettleResult.AlreadyExpired,
            };
        }

        if (confirm)
        {
            state.Reserved -= reservation.Quantity;
            state.Sold += reservation.Quantity;
            state.Version++;
            state.OpenHolds.RemoveAll(hold => hold.Key == key);
            await StateManager.SetStateAsync(name, reservation with { Status = ReservationStatus.Confirmed });
        }
        else
        {
            await ReturnHoldAsync(state, reservation, ReservationStatus.Released);
        }

        await SaveAsync(state);
        // Only once the hold is settled and saved; if this fails the reminder fires later and finds nothing to do.
        await UnregisterReminderAsync(HoldExpiryReminderName(key));
        await PublishStockChangedAsync(state);
        return confirm ? SettleResult.Confirmed : SettleResult.Released;
    }

    private async Task ExpireHoldAsync(string key)
    {
        var state = await LoadAsync();
        var version = state.Version;
        var stored = await StateManager.TryGetStateAsync<Reservation>(ReservationStateName(key));
        if (stored.HasValue && stored.Value.Status == ReservationStatus.Reserved)
        {
            await ReturnHoldAsync(state, stored.Value, ReservationStatus.Expired);
        }

        await ExpireDueHoldsAsync(state, clock.GetUtcNow());
        if (state.Version != version)
        {
            await SaveAsync(state);
            await PublishStockChangedAsync(state);
        }
    }

    private async Task ExpireDueHoldsAsync(ShardState state, DateTimeOffset now)
    {
        foreach (var hold in state.OpenHolds.Where(hold => now >= hold.ExpiresAt).ToList())
        {
            var stored = await StateManager.TryGetStateAsync<Reservation>(ReservationStateName(hold.Key));
            if (stored.HasValue && stored.Value.Status == ReservationStatus.Reserved)
            {
                await ReturnHoldAsync(state, stored.Value, ReservationStatus.Expired);
            }
            else
            {
                state.OpenHolds.Remove(hold);
            }
        }
    }

    private async Task ReturnHoldAsync(ShardState state, Reservation reservation, ReservationStatus status)
    {
        state.Reserved -= reservation.Quantity;
        state.Available += reservation.Quantity;
        state.Version++;
        state.OpenHolds.RemoveAll(hold => hold.Key == reservation.Key);
        await StateManager.SetStateAsync(ReservationStateName(reservation.Key), reservation with { Status = status });
    }

    private async Task<ShardState> LoadAsync()
    {
        var stored = await StateManager.TryGetStateAsync<ShardState>(ShardStateName);
        return stored.HasValue ? stored.Value : new ShardState();
    }

    private async Task SaveAsync(ShardState state)
    {
        state.Outbox.RemoveAll(entry => delivered.Contains(entry.EventId));
        await StateManager.SetStateAsync(ShardStateName, state);
        await StateManager.SaveStateAsync();
        delivered.Clear();
    }
}
