namespace PurchasePlatform.BuildingBlocks.Persistence;

/// <summary>How start-up brings a database's schema up to date.</summary>
public enum SchemaCreation
{
    /// <summary>Creates the whole schema when the database has none (a service without migrations yet).</summary>
    EnsureCreated,

    /// <summary>Applies the migrations of the provider's context.</summary>
    Migrate,
}
