namespace PurchasePlatform.BuildingBlocks.Hosting;

/// <summary>The running service's Dapr app id, e.g. "catalog".</summary>
public sealed record ServiceInfo(string Name);
