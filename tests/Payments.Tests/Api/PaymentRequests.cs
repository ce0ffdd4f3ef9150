namespace PurchasePlatform.Payments.Tests.Api;

/// <summary>Request bodies as the seeds write them.</summary>
public static class PaymentRequests
{
    public static object Process(string paymentMethodId, decimal amount = 863.98m, string currency = "USD", string? orderId = null) => new
    {
        orderId = orderId ?? "order-" + Guid.NewGuid().ToString("N"),
        paymentMethodId,
        amount,
        currency,
        paymentGateway = "stripe",
        returnUrl = "https://example.com/payment/success",
        cancelUrl = "https://example.com/payment/cancel",
    };

    public static object Internal(Guid userId, string token, decimal amount = 75.48m, string? orderId = null) => new
    {
        orderId = orderId ?? "order-" + Guid.NewGuid().ToString("N"),
        userId,
        amount,
        currency = "USD",
        paymentMethod = new { type = "credit_card", token },
    };

    public static object InternalWithCard(Guid userId, string cardNumber, string? orderId = null) => new
    {
        orderId = orderId ?? "order-" + Guid.NewGuid().ToString("N"),
        userId,
        amount = 75.48m,
        currency = "USD",
        paymentMethod = new { type = "credit_card", cardNumber, expiryMonth = "12", expiryYear = "2030", cvv = "123" },
    };

    /// <summary><c>paymentMethod</c> <c>{ type: "saved", methodId }</c>, or <c>{ type: "default" }</c> when <paramref name="methodId"/> is null.</summary>
    public static object InternalSaved(Guid userId, string? methodId, decimal amount = 75.48m, string? orderId = null) => new
    {
        orderId = orderId ?? "order-" + Guid.NewGuid().ToString("N"),
        userId,
        amount,
        currency = "USD",
        paymentMethod = methodId is null ? (object)new { type = "default" } : new { type = "saved", methodId },
    };

    public static object Refund(decimal? amount, string reason = "Customer request") => new { amount, reason };
}
