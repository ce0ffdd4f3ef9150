namespace PurchasePlatform.Gateway.Tests.Infrastructure;

/// <summary>What a fake downstream service was sent.</summary>
public sealed record ReceivedRequest(string Method, string Path, string Query, IReadOnlyDictionary<string, string> Headers, string Body)
{
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;
}
