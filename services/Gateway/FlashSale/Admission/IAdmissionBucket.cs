namespace PurchasePlatform.Gateway.FlashSale.Admission;

/// <summary>The flash-sale token bucket: one token per admitted order, shared by every order of this gateway (or of all gateways, in Redis).</summary>
internal interface IAdmissionBucket
{
    /// <summary>Takes a token if there is one; false when the bucket is empty.</summary>
    ValueTask<bool> TryTakeAsync(CancellationToken cancellationToken);
}
