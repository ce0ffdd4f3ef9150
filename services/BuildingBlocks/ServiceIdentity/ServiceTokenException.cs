namespace PurchasePlatform.BuildingBlocks.ServiceIdentity;

/// <summary>The service could not obtain its access token.</summary>
public sealed class ServiceTokenException(string message, Exception? innerException = null) : Exception(message, innerException);
