namespace PurchasePlatform.Inventory.Stock;

/// <summary>A product's totals over its shards.</summary>
public sealed record StockView(string ProductId, int Available, int Reserved, int Sold, int Shards);
