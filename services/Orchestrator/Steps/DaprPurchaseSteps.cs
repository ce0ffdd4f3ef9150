using System.Globalization;
using System.Net;
using System.Text.Json;
using PurchasePlatform.Orchestrator.Actors;
using PurchasePlatform.Orchestrator.Saga;

namespace PurchasePlatform.Orchestrator.Steps;

/// <summary>
/// The saga's activities over the services' internal APIs, by Dapr invocation with the orchestrator's client-credentials
/// token (scopes orders:admin, payments:admin, inventory:admin). Idempotency keys are derived from the purchase id.
/// </summary>
public sealed class DaprPurchaseSteps(IHttpClientFactory clients, IPurchaseEventPublisher publisher, TimeProvider clock) : IPurchaseSteps
{
    private static readonly string[] ConfirmedOrderStatuses = ["confirmed", "paid", "processing", "shipped", "delivered"];

    public static string ReservationKey(string purchaseId, string productId) => $"{purchaseId}:{productId}";

    public static string OrderKey(string purchaseId) => $"{purchaseId}:order";

    public static string ChargeKey(string purchaseId) => $"{purchaseId}:charge";

    public static string RefundKey(string purchaseId) => $"{purchaseId}:refund";

    public async Task<StepResult> ReserveAsync(string purchaseId, PurchaseLine line, CancellationToken cancellationToken)
    {
        var answer = await SendAsync(ServiceClients.Inventory, HttpMethod.Post, "reservations",
            new { productId = line.ProductId, key = ReservationKey(purchaseId, line.ProductId), quantity = line.Quantity }, null, cancellationToken);
        return answer switch
        {
            { IsUnavailable: true } => StepResult.Transient(answer.Describe("Inventory")),
            { Status: HttpStatusCode.OK } when answer.Text("result") is "reserved" or "duplicate" => StepResult.Done,
            { Status: HttpStatusCode.OK } when answer.Text("result") is "sold_out" => StepResult.Rejected($"Out of stock: {line.ProductId}"),
            { Status: HttpStatusCode.NotFound } => StepResult.Rejected($"Out of stock: {line.ProductId} has no stock"),
            _ => StepResult.Rejected(answer.Describe($"Inventory refused the reservation of {line.ProductId}")),
        };
    }

    public async Task<StepResult<IReadOnlyList<LinePrice>>> PriceAsync(IReadOnlyList<PurchaseLine> lines, CancellationToken cancellationToken)
    {
        var answer = await SendAsync(ServiceClients.Catalog, HttpMethod.Post, "internal/products/lookup",
            new { productIds = lines.Select(line => line.ProductId).ToList() }, null, cancellationToken);
        if (answer.IsUnavailable)
        {
            return StepResult<IReadOnlyList<LinePrice>>.Transient(answer.Describe("Catalog"));
        }

        if (!answer.IsSuccess || answer.Property("products") is not { ValueKind: JsonValueKind.Array } products)
        {
            return StepResult<IReadOnlyList<LinePrice>>.Rejected(answer.Describe("Catalog refused the price lookup"));
        }

        var prices = new List<LinePrice>();
        foreach (var product in products.EnumerateArray())
        {
            if (product.GetProperty("isActive").GetBoolean())
            {
                prices.Add(new LinePrice(product.GetProperty("productId").GetString()!, product.GetProperty("name").GetString() ?? "",
                    product.GetProperty("priceCents").GetInt64(), product.GetProperty("currency").GetString() ?? ""));
            }
        }

        var missing = lines.Select(line => line.ProductId).Except(prices.Select(price => price.ProductId)).ToList();
        if (missing.Count > 0)
        {
            return StepResult<IReadOnlyList<LinePrice>>.Rejected($"Product no longer sold: {string.Join(", ", missing)}");
        }

        return prices.Select(price => price.Currency).Distinct(StringComparer.Ordinal).Count() > 1
            ? StepResult<IReadOnlyList<LinePrice>>.Rejected("The products are priced in different currencies")
            : StepResult<IReadOnlyList<LinePrice>>.Of(prices);
    }

    public async Task<StepResult<CreatedOrder>> CreateOrderAsync(PurchaseState purchase, CancellationToken cancellationToken)
    {
        var answer = await SendAsync(ServiceClients.Orders, HttpMethod.Post, "api/orders",
            new { userId = purchase.UserId, items = purchase.Lines.Select(line => new { productId = line.ProductId, quantity = line.Quantity }).ToList() },
            OrderKey(purchase.PurchaseId), cancellationToken);
        if (answer.IsUnavailable)
        {
            return StepResult<CreatedOrder>.Transient(answer.Describe("Orders"));
        }

        if (!answer.IsSuccess || answer.Text("orderId") is not { } orderId || answer.Property("totalAmount") is not { ValueKind: JsonValueKind.Number } total)
        {
            return StepResult<CreatedOrder>.Rejected(answer.Describe("Orders refused the order") + Detail(answer));
        }

        return StepResult<CreatedOrder>.Of(new CreatedOrder(orderId, (long)Math.Round(total.GetDecimal() * 100m), answer.Text("currency") ?? "USD"));
    }

    public async Task<StepResult<string>> ChargeAsync(PurchaseState purchase, CancellationToken cancellationToken)
    {
        var answer = await SendAsync(ServiceClients.Payments, HttpMethod.Post, "api/payments", new
        {
            orderId = purchase.OrderId,
            userId = purchase.UserId,
            amount = (purchase.AmountCents ?? 0) / 100m,
            currency = purchase.Currency,
            paymentMethod = PaymentMethodOf(purchase.PaymentMethodId),
        }, ChargeKey(purchase.PurchaseId), cancellationToken);
        return answer switch
        {
            { IsUnavailable: true } or { Status: HttpStatusCode.Conflict } => StepResult<string>.Transient(answer.Describe("Payments") + Detail(answer)),
            { IsSuccess: true } when answer.Text("status") == "completed" && answer.Text("id") is { } paymentId => StepResult<string>.Of(paymentId),
            { IsSuccess: true } => StepResult<string>.Rejected($"Payment declined: {answer.Text("failureReason") ?? answer.Text("status")}"),
            _ => StepResult<string>.Rejected(answer.Describe("Payments refused the charge") + Detail(answer)),
        };
    }

    public async Task<StepResult> ConfirmReservationAsync(string purchaseId, PurchaseLine line, CancellationToken cancellationToken)
    {
        var answer = await SettleAsync(purchaseId, line, "confirm", cancellationToken);
        return answer switch
        {
            { IsUnavailable: true } => StepResult.Transient(answer.Describe("Inventory")),
            { Status: HttpStatusCode.OK } when answer.Text("result") is "confirmed" or "already_confirmed" => StepResult.Done,
            _ => StepResult.Rejected($"The reservation of {line.ProductId} is gone ({answer.Text("result") ?? answer.Describe("Inventory")})"),
        };
    }

    public async Task<StepResult> ConfirmOrderAsync(PurchaseState purchase, CancellationToken cancellationToken)
    {
        var answer = await SendAsync(ServiceClients.Orders, HttpMethod.Put, $"api/orders/{Uri.EscapeDataString(purchase.OrderId!)}/status",
            new { status = "confirmed", paymentId = purchase.PaymentId, note = $"Purchase {purchase.PurchaseId}" }, null, cancellationToken);
        return answer switch
        {
            { IsUnavailable: true } => StepResult.Transient(answer.Describe("Orders")),
            { IsSuccess: true } => StepResult.Done,
            // Orders may have marked it paid already from Payments' event.
            { Status: HttpStatusCode.Conflict } when ConfirmedOrderStatuses.Contains(OrderStatus(answer)) => StepResult.Done,
            _ => StepResult.Rejected(answer.Describe("Orders refused to confirm the order") + Detail(answer)),
        };
    }

    public async Task<StepResult> NotifyAsync(PurchaseState purchase, CancellationToken cancellationToken)
    {
        var eventId = $"{purchase.PurchaseId}:completed";
        try
        {
            await publisher.PublishAsync(new PurchaseEvent(eventId, PurchaseTopics.Completed,
                PurchaseSaga.Describe(purchase, eventId, "purchase_completed", purchase.Status, clock.GetUtcNow()) with { Status = PurchaseStatus.Completed }),
                cancellationToken);
            return StepResult.Done;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return StepResult.Transient($"publishing {PurchaseTopics.Completed} failed: {ex.Message}");
        }
    }

    public async Task<StepResult<string?>> FindPaymentAsync(PurchaseState purchase, CancellationToken cancellationToken)
    {
        if (purchase.OrderId is null)
        {
            return new StepResult<string?>(StepResult.Done, null);
        }

        var answer = await SendAsync(ServiceClients.Payments, HttpMethod.Get,
            $"api/payments/user/{Uri.EscapeDataString(purchase.UserId)}?orderId={Uri.EscapeDataString(purchase.OrderId)}&limit=100", null, null, cancellationToken);
        if (answer.IsUnavailable)
        {
            return StepResult<string?>.Transient(answer.Describe("Payments"));
        }

        if (!answer.IsSuccess || answer.Property("payments") is not { ValueKind: JsonValueKind.Array } payments)
        {
            return StepResult<string?>.Rejected(answer.Describe("Payments refused the payment lookup"));
        }

        var paid = payments.EnumerateArray().FirstOrDefault(payment =>
            payment.GetProperty("orderId").GetString() == purchase.OrderId && payment.GetProperty("status").GetString() is not ("failed" or "processing"));
        return new StepResult<string?>(StepResult.Done, paid.ValueKind == JsonValueKind.Object ? paid.GetProperty("id").GetString() : null);
    }

    public async Task<StepResult> RefundAsync(PurchaseState purchase, CancellationToken cancellationToken)
    {
        var answer = await SendAsync(ServiceClients.Payments, HttpMethod.Post, $"api/payments/{Uri.EscapeDataString(purchase.PaymentId!)}/refund",
            new { reason = $"Purchase {purchase.PurchaseId}: {purchase.Reason}" }, RefundKey(purchase.PurchaseId), cancellationToken);
        return answer switch
        {
            { IsUnavailable: true } => StepResult.Transient(answer.Describe("Payments")),
            // 409: nothing left to refund (refunded already, or the payment failed); 404: no such payment.
            { IsSuccess: true } or { Status: HttpStatusCode.Conflict or HttpStatusCode.NotFound } => StepResult.Done,
            _ => StepResult.Rejected(answer.Describe("Payments refused the refund") + Detail(answer)),
        };
    }

    public async Task<StepResult> CancelOrderAsync(PurchaseState purchase, CancellationToken cancellationToken)
    {
        var answer = await SendAsync(ServiceClients.Orders, HttpMethod.Put, $"api/orders/{Uri.EscapeDataString(purchase.OrderId!)}/status",
            new { status = "cancelled", reason = purchase.Reason }, null, cancellationToken);
        return answer switch
        {
            { IsUnavailable: true } => StepResult.Transient(answer.Describe("Orders")),
            { IsSuccess: true } or { Status: HttpStatusCode.NotFound } => StepResult.Done,
            { Status: HttpStatusCode.Conflict } when OrderStatus(answer) is "canceled" or "cancelled" => StepResult.Done,
            _ => StepResult.Rejected(answer.Describe("Orders refused to cancel the order") + Detail(answer)),
        };
    }

    public async Task<StepResult> ReleaseAsync(string purchaseId, PurchaseLine line, CancellationToken cancellationToken)
    {
        var answer = await SettleAsync(purchaseId, line, "release", cancellationToken);
        if (answer.IsUnavailable)
        {
            return StepResult.Transient(answer.Describe("Inventory"));
        }

        // A confirm whose answer was lost: the units are sold, so they are put back instead.
        return answer.Text("result") == "already_confirmed" ? await ReturnAsync(purchaseId, line, cancellationToken) : StepResult.Done;
    }

    public async Task<StepResult> ReturnAsync(string purchaseId, PurchaseLine line, CancellationToken cancellationToken)
    {
        var answer = await SettleAsync(purchaseId, line, "return", cancellationToken);
        return answer switch
        {
            { IsUnavailable: true } => StepResult.Transient(answer.Describe("Inventory")),
            { Status: HttpStatusCode.OK } when answer.Text("result") is "returned" or "already_returned" => StepResult.Done,
            _ => StepResult.Rejected($"The sold units of {line.ProductId} could not be put back ({answer.Text("result") ?? answer.Describe("Inventory")})"),
        };
    }

    private Task<ServiceAnswer> SettleAsync(string purchaseId, PurchaseLine line, string action, CancellationToken cancellationToken) =>
        SendAsync(ServiceClients.Inventory, HttpMethod.Post,
            $"reservations/{Uri.EscapeDataString(line.ProductId)}/{Uri.EscapeDataString(ReservationKey(purchaseId, line.ProductId))}/{action}", null, null,
            cancellationToken);

    private async Task<ServiceAnswer> SendAsync(string client, HttpMethod method, string path, object? body, string? idempotencyKey,
        CancellationToken cancellationToken)
    {
        var http = clients.CreateClient(client);
        return await ServiceCall.SendAsync(http, method, path, body, idempotencyKey, cancellationToken);
    }

    // A saved method is resolved by Payments against the purchase's user (the orchestrator's token has payments:admin).
    private static object PaymentMethodOf(string paymentMethodId) => PaymentChoice.IsProviderToken(paymentMethodId)
        ? (object)new { type = "card", token = paymentMethodId }
        : new { type = "saved", methodId = paymentMethodId };

    private static string? OrderStatus(ServiceAnswer answer) =>
        answer.Property("order") is { ValueKind: JsonValueKind.Object } order && order.TryGetProperty("status", out var status) ? status.GetString() : null;

    private static string Detail(ServiceAnswer answer) =>
        (answer.Text("error") ?? answer.Text("message") ?? answer.Text("detail") ?? answer.Text("title")) is { } detail
            ? string.Create(CultureInfo.InvariantCulture, $": {detail}")
            : "";
}
