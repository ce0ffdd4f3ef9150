using System.Threading.Channels;

namespace PurchasePlatform.Gateway.FlashSale.Events;

/// <summary>
/// Hands stock messages to every connected <c>/events</c> socket that wants that product. Each socket has a small
/// queue of its own; a socket too slow to keep up loses its oldest messages, not the gateway its memory.
/// </summary>
internal sealed class StockFeed
{
    private const int QueuedMessagesPerSocket = 64;

    private readonly Lock gate = new();
    private readonly List<Subscription> subscriptions = [];

    public int Subscribers
    {
        get
        {
            lock (gate)
            {
                return subscriptions.Count;
            }
        }
    }

    /// <param name="productId">null: every product.</param>
    public Subscription Subscribe(string? productId)
    {
        var subscription = new Subscription(this, productId);
        lock (gate)
        {
            subscriptions.Add(subscription);
        }

        return subscription;
    }

    public void Publish(StockMessage message)
    {
        lock (gate)
        {
            foreach (var subscription in subscriptions)
            {
                if (subscription.Wants(message.ProductId))
                {
                    subscription.Messages.Writer.TryWrite(message);
                }
            }
        }
    }

    private void Remove(Subscription subscription)
    {
        lock (gate)
        {
            subscriptions.Remove(subscription);
        }
    }

    internal sealed class Subscription(StockFeed feed, string? productId) : IDisposable
    {
        public Channel<StockMessage> Messages { get; } = Channel.CreateBounded<StockMessage>(
            new BoundedChannelOptions(QueuedMessagesPerSocket) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });

        public bool Wants(string product) => productId is null || string.Equals(productId, product, StringComparison.Ordinal);

        public void Dispose()
        {
            feed.Remove(this);
            Messages.Writer.TryComplete();
        }
    }
}
