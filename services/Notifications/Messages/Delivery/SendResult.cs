namespace PurchasePlatform.Notifications.Messages.Delivery;

/// <summary>What a provider answered to one send.</summary>
public abstract record SendResult
{
    /// <summary>Accepted; <paramref name="Delivered"/> when the provider already confirms delivery.</summary>
    public sealed record Accepted(string ProviderMessageId, bool Delivered) : SendResult;

    /// <summary>Worth trying again later (the provider was unavailable, a mailbox temporarily full).</summary>
    public sealed record TransientFailure(string Error) : SendResult;

    /// <summary>Will never succeed (the address does not exist, the number is not reachable).</summary>
    public sealed record PermanentFailure(string Error) : SendResult;
}
