namespace PurchasePlatform.Gateway.Routing;

internal static class DaprHeaders
{
    public const string AppId = "dapr-app-id";
    public const string ApiToken = "dapr-api-token";

    /// <summary>Headers that steer or authenticate to Dapr; a client's own are never forwarded.</summary>
    public static bool IsDaprHeader(string name) => name.StartsWith("dapr-", StringComparison.OrdinalIgnoreCase);
}
