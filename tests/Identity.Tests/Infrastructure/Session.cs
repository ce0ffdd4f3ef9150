namespace PurchasePlatform.Identity.Tests.Infrastructure;

/// <summary>What a login hands a client.</summary>
public sealed record Session(Guid UserId, string Email, string AccessToken, string RefreshToken);
