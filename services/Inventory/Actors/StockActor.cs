using System.Security.Cryptography;
using System.Text;
using Dapr.Actors.Runtime;
using Microsoft.Extensions.Options;
using PurchasePlatform.Inventory.Domain;

namespace PurchasePlatform.Inventory.Actors;

/// <summary>
/// Holds one product's <see cref="StockLedger"/> in actor state. Each reservation gets a one-shot reminder
/// that expires it when its hold runs out.
/// </summary>
public sealed class StockActor : Actor, IStockActor, IRemindable
{
    internal const string LedgerStateName = "ledger";
    internal const string ExpiryReminderPrefix = "reservation-expiry-";

    private readonly ReservationOptions options;
    private readonly TimeProvider clock;

    public StockActor(ActorHost host, IOptions<ReservationOptions> options, TimeProvider clock,
        IActorStateManager? stateManager = null)
        : base(host)
    {
        this.options = options.Value;
        this.clock = clock;
        if (stateManager is not null)
        {
            StateManager = stateManager;
        }
    }

    public async Task<StockCounts> SetAvailableAsync(int available)
    {
        var ledger = await LoadAsync();
        var before = ledger.Version;
        ledger.SetAvailable(available);
        await SaveIfChangedAsync(ledger, before);
        return ledger.Counts;
    }

    public async Task<ReserveOutcome> ReserveAsync(ReserveRequest request)
    {
        var ledger = await LoadAsync();
        var before = ledger.Version;
        var outcome = ledger.Reserve(request.Key, request.Quantity, clock.GetUtcNow(), options.HoldFor);
        if (outcome is { Result: ReserveResult.Reserved, IsDuplicate: false })
        {
            // Registered before the state is saved: a crash in between leaves a reminder that finds nothing
            // to expire, never a saved reservation that nothing will expire.
            await RegisterReminderAsync(ExpiryReminderName(outcome.Key), Encoding.UTF8.GetBytes(outcome.Key),
                options.HoldFor, Timeout.InfiniteTimeSpan);
        }

        await SaveIfChangedAsync(ledger, before);
        return outcome;
    }

    public async Task<SettleResult> ConfirmAsync(string key)
    {
        var ledger = await LoadAsync();
        var before = ledger.Version;
        var result = ledger.Confirm(key, clock.GetUtcNow());
        await SaveIfChangedAsync(ledger, before);
        await ForgetExpiryReminderAsync(key, result);
        return result;
    }

    public async Task<SettleResult> ReleaseAsync(string key)
    {
        var ledger = await LoadAsync();
        var before = ledger.Version;
        var result = ledger.Release(key);
        await SaveIfChangedAsync(ledger, before);
        await ForgetExpiryReminderAsync(key, result);
        return result;
    }

    public async Task<StockCounts> GetCountsAsync() => (await LoadAsync()).Counts;

    public async Task ReceiveReminderAsync(string reminderName, byte[] state, TimeSpan dueTime, TimeSpan period)
    {
        if (!reminderName.StartsWith(ExpiryReminderPrefix, StringComparison.Ordinal))
        {
            return;
        }

        var ledger = await LoadAsync();
        var before = ledger.Version;
        ledger.Expire(Encoding.UTF8.GetString(state));
        ledger.ExpireDue(clock.GetUtcNow());
        await SaveIfChangedAsync(ledger, before);
    }

    // The SDK puts reminder names into URL paths unescaped, and keys come from clients; the key itself rides in the state.
    internal static string ExpiryReminderName(string key) =>
        ExpiryReminderPrefix + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..32];

    private async Task<StockLedger> LoadAsync()
    {
        var stored = await StateManager.TryGetStateAsync<StockSnapshot>(LedgerStateName);
        return stored.HasValue ? StockLedger.FromSnapshot(stored.Value) : StockLedger.Empty();
    }

    private async Task SaveIfChangedAsync(StockLedger ledger, long versionBefore)
    {
        if (ledger.Version == versionBefore)
        {
            return;
        }

        await StateManager.SetStateAsync(LedgerStateName, ledger.ToSnapshot());
        await StateManager.SaveStateAsync();
    }

    // Only once the reservation is settled and saved; if this fails the reminder fires later and finds nothing to do.
    private async Task ForgetExpiryReminderAsync(string key, SettleResult result)
    {
        if (result is SettleResult.Confirmed or SettleResult.Released)
        {
            await UnregisterReminderAsync(ExpiryReminderName(key));
        }
    }
}
