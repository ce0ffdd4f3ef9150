namespace PurchasePlatform.Inventory.Domain;

public sealed record StockCounts(int Available, int Reserved, int Sold)
{
    public int Total => Available + Reserved + Sold;
}
