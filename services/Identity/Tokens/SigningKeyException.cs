namespace PurchasePlatform.Identity.Tokens;

/// <summary>The signing keys could not be loaded; the message says which secret and what to do.</summary>
public sealed class SigningKeyException(string message, Exception? innerException = null) : InvalidOperationException(message, innerException);
