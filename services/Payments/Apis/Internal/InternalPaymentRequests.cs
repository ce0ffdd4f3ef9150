namespace PurchasePlatform.Payments.Apis.Internal;

public sealed record CreatePaymentRequest(string? OrderId, Guid? UserId, decimal? Amount, string? Currency, PaymentMethodInput? PaymentMethod);

/// <summary>
/// Seed 002's card fields, or a provider <see cref="Token"/>, or one of the user's saved methods: <c>type</c>
/// <c>saved</c> with <see cref="MethodId"/> (<c>pm-...</c>), or <c>default</c> for the user's default saved method.
/// A card number is exchanged for the provider's token at once and dropped: it is never stored, logged or hashed;
/// the CVV is ignored.
/// </summary>
public sealed record PaymentMethodInput(string? Type, string? Token, string? CardNumber, string? ExpiryMonth, string? ExpiryYear, string? Cvv,
    string? MethodId = null);

public sealed record InternalRefundRequest(decimal? Amount, string? Reason);
