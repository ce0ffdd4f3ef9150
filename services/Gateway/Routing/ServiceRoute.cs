namespace PurchasePlatform.Gateway.Routing;

/// <summary>A public path prefix (and everything below it) and the Dapr app id of the service that answers it.</summary>
internal sealed record ServiceRoute(string PathPrefix, string AppId);
