namespace PurchasePlatform.BuildingBlocks.Persistence;

/// <summary>Loads a service's initial data once its schema is up to date; <see cref="DatabaseStartup{TContext}"/> runs every registered one.</summary>
public interface IDatabaseSeeder
{
    /// <summary>Must change nothing when the data is already there: it runs at every start.</summary>
    Task SeedAsync(CancellationToken cancellationToken);
}
