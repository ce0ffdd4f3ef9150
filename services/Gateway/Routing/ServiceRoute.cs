namespace PurchasePlatform.Gateway.Routing;

/// <summary>
/// A public path and the Dapr app id of the service that answers it: the prefix and everything below it, or, with
/// <paramref name="Pattern"/>, only paths matching that route template, and with <paramref name="Methods"/> only those methods.
/// </summary>
internal sealed record ServiceRoute(string PathPrefix, string AppId, string? Pattern = null, IReadOnlyList<string>? Methods = null)
{
    public string RouteId => Pattern is null ? PathPrefix : $"{string.Join(",", Methods ?? [])} {Pattern}";

    public string PathTemplate => Pattern ?? PathPrefix + "/{**remainder}";
}
