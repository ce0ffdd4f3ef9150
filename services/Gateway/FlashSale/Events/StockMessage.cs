namespace PurchasePlatform.Gateway.FlashSale.Events;

/// <summary>What a <c>/events</c> socket is sent: a product's totals over all its shards.</summary>
internal sealed record StockMessage(string ProductId, long Available, long Reserved, long Sold)
{
    public string Type => "stock";
}
