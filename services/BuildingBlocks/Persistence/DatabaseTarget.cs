namespace PurchasePlatform.BuildingBlocks.Persistence;

public sealed record DatabaseTarget(DatabaseProvider Provider, string ConnectionString)
{
    public override string ToString() => Provider.ToString(); // the connection string may hold a password
}
