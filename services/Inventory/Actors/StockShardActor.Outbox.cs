using PurchasePlatform.BuildingBlocks.Outbox;
using PurchasePlatform.Inventory.Domain;
using PurchasePlatform.Inventory.Events;

namespace PurchasePlatform.Inventory.Actors;

public sealed partial class StockShardActor
{
    // The outbox reminder exists before the entry is saved, so a crash right after the save still delivers it.
    private async Task SaveWithOutboxAsync(ShardState state)
    {
        if (!outboxReminderRegistered)
        {
            await RegisterReminderAsync(OutboxReminderName, null, options.Outbox.FirstRetry, options.Outbox.MaxRetry);
            outboxReminderRegistered = true;
        }

        await SaveAsync(state);
        await DeliverAsync(state);
    }

    private async Task RetryOutboxAsync()
    {
        outboxReminderRegistered = true;
        var state = await LoadAsync();
        if (!await DeliverAsync(state))
        {
            failedDeliveries++;
            // The first retry already waited FirstRetry, so the n-th failure waits as the (n+1)-th of the backoff.
            await RegisterReminderAsync(OutboxReminderName, null,
                RetryBackoff.Delay(failedDeliveries + 1, options.Outbox.FirstRetry, options.Outbox.MaxRetry), options.Outbox.MaxRetry);
            return;
        }

        failedDeliveries = 0;
        if (state.Outbox.Count > 0)
        {
            await SaveAsync(state);
        }

        await UnregisterReminderAsync(OutboxReminderName);
        outboxReminderRegistered = false;
    }

    /// <summary>Publishes the entries not yet delivered, in order; false if one failed (it is retried later).</summary>
    private async Task<bool> DeliverAsync(ShardState state)
    {
        foreach (var entry in state.Outbox.Where(entry => !delivered.Contains(entry.EventId)))
        {
            try
            {
                await PublishAsync(entry);
                delivered.Add(entry.EventId);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogWarning(exception, "Could not deliver {Topic} {EventId}; the outbox reminder retries it", entry.Topic, entry.EventId);
                return false;
            }
        }

        return true;
    }

    private async Task PublishAsync(OutboxEntry entry)
    {
        var order = entry.Order;
        if (entry.Topic == InventoryTopics.OrderAccepted)
        {
            // The lookup first, so that whoever learns the order id from the event can find the order.
            await dapr.SaveStateAsync(FlashOrderLocation.StateStore, FlashOrderLocation.StateKey(order.OrderId),
                new FlashOrderLocation(order.ProductId, order.Shard));
            await dapr.PublishEventAsync(InventoryTopics.PubSub, entry.Topic, new OrderAcceptedEvent(entry.EventId, order.OrderId,
                order.ProductId, order.UserId, order.Quantity, order.IdempotencyKey, order.AcceptedAt!.Value));
        }
        else
        {
            await dapr.PublishEventAsync(InventoryTopics.PubSub, entry.Topic, new OrderCanceledEvent(entry.EventId, order.OrderId,
                order.ProductId, order.UserId, order.Quantity, order.CancelledAt!.Value));
        }
    }

    private async Task PublishStockChangedAsync(ShardState state)
    {
        try
        {
            await dapr.PublishEventAsync(InventoryTopics.PubSub, InventoryTopics.StockChanged, new StockChangedEvent(
                ProductId, Shard, state.ShardCount, state.Available, state.Reserved, state.Sold, state.Version, clock.GetUtcNow()));
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogWarning(exception, "Could not publish the stock of {ProductId} shard {Shard}", ProductId, Shard);
        }
    }
}
