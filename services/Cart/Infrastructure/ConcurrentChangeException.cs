namespace PurchasePlatform.Cart.Infrastructure;

/// <summary>Other requests kept saving the same entry first, every time the change was re-applied.</summary>
public sealed class ConcurrentChangeException(string key, int attempts)
    : Exception($"'{key}' was changed by other requests on each of {attempts} attempts");
