using System.Net;
using PurchasePlatform.Orchestrator.Saga;
using PurchasePlatform.Orchestrator.Steps;
using PurchasePlatform.Orchestrator.Tests.Fakes;

namespace PurchasePlatform.Orchestrator.Tests.Steps;

/// <summary>How each service's answers become step outcomes: done, rejected (compensate) or unavailable (retry).</summary>
public sealed class DaprPurchaseStepsTests
{
    private readonly StubServices services = new();
    private readonly RecordingPublisher publisher = new(new InMemoryPurchaseStore());
    private readonly PurchaseLine line = new() { ProductId = "p-1", Quantity = 2 };

    private DaprPurchaseSteps Steps => new(services, publisher, TimeProvider.System);

    private static PurchaseState Purchase() => new()
    {
        PurchaseId = "pur-1", UserId = "6c0e7a52-2f34-4b8e-9e7e-1d2c3b4a5f60", PaymentMethodId = "tok_success",
        Lines = [new PurchaseLine { ProductId = "p-1", Quantity = 2 }], OrderId = "ord-1", AmountCents = 2_550, Currency = "USD", PaymentId = "pay-1",
    };

    [Theory]
    [InlineData(HttpStatusCode.OK, """{"result":"reserved"}""", typeof(StepResult.Succeeded))]
    [InlineData(HttpStatusCode.OK, """{"result":"duplicate"}""", typeof(StepResult.Succeeded))]
    [InlineData(HttpStatusCode.OK, """{"result":"sold_out"}""", typeof(StepResult.Refused))]
    [InlineData(HttpStatusCode.NotFound, """{"success":false}""", typeof(StepResult.Refused))]
    [InlineData(HttpStatusCode.ServiceUnavailable, "", typeof(StepResult.Unavailable))]
    [InlineData(HttpStatusCode.InternalServerError, "", typeof(StepResult.Unavailable))]
    [InlineData(HttpStatusCode.Unauthorized, "", typeof(StepResult.Unavailable))]
    public async Task A_reservation_answer_becomes_an_outcome(HttpStatusCode status, string body, Type outcome)
    {
        services.Answer = (_, _) => StubServices.Json(status, body);

        var result = await Steps.ReserveAsync("pur-1", line, CancellationToken.None);

        Assert.IsType(outcome, result);
        var request = Assert.Single(services.Requests);
        Assert.Equal(("inventory", "/reservations"), (request.Client, request.Path));
        Assert.Contains("\"key\":\"pur-1:p-1\"", request.Body);
    }

    [Fact]
    public async Task An_unreachable_service_is_unavailable()
    {
        services.Answer = (_, _) => throw new HttpRequestException("Connection refused");

        Assert.IsType<StepResult.Unavailable>(await Steps.ReserveAsync("pur-1", line, CancellationToken.None));
    }

    [Fact]
    public async Task The_charge_sends_the_orders_total_with_the_purchase_key_and_reads_the_payment()
    {
        services.Answer = (_, _) => StubServices.Json(HttpStatusCode.Created, """{"id":"pay-9","status":"completed"}""");

        var result = await Steps.ChargeAsync(Purchase(), CancellationToken.None);

        Assert.Equal("pay-9", result.Value);
        var request = Assert.Single(services.Requests);
        Assert.Equal(("payments", "/api/payments", "pur-1:charge"), (request.Client, request.Path, request.IdempotencyKey));
        Assert.Contains("\"amount\":25.5", request.Body);
        Assert.Contains("\"token\":\"tok_success\"", request.Body);
    }

    [Theory]
    [InlineData(HttpStatusCode.Created, """{"id":"pay-9","status":"failed","failureReason":"Card declined"}""", typeof(StepResult.Refused))]
    [InlineData(HttpStatusCode.BadRequest, """{"title":"Invalid payment method"}""", typeof(StepResult.Refused))]
    [InlineData(HttpStatusCode.Conflict, """{"title":"in progress"}""", typeof(StepResult.Unavailable))]
    [InlineData(HttpStatusCode.ServiceUnavailable, "", typeof(StepResult.Unavailable))]
    public async Task A_charge_answer_becomes_an_outcome(HttpStatusCode status, string body, Type outcome)
    {
        services.Answer = (_, _) => StubServices.Json(status, body);

        Assert.IsType(outcome, (await Steps.ChargeAsync(Purchase(), CancellationToken.None)).Outcome);
    }

    [Fact]
    public async Task A_saved_method_is_charged_as_the_customers_saved_method_at_payments()
    {
        var purchase = Purchase();
        var saved = new PurchaseState
        {
            PurchaseId = purchase.PurchaseId, UserId = purchase.UserId, Lines = purchase.Lines, PaymentMethodId = "pm-123", OrderId = "ord-1", AmountCents = 100,
            Currency = "USD",
        };
        services.Answer = (_, _) => StubServices.Json(HttpStatusCode.Created, """{"id":"pay-9","status":"completed"}""");

        var result = await Steps.ChargeAsync(saved, CancellationToken.None);

        Assert.Equal("pay-9", result.Value);
        var request = Assert.Single(services.Requests);
        Assert.Equal(("payments", "/api/payments", "pur-1:charge"), (request.Client, request.Path, request.IdempotencyKey));
        Assert.Contains("\"paymentMethod\":{\"type\":\"saved\",\"methodId\":\"pm-123\"}", request.Body);
        Assert.Contains($"\"userId\":\"{purchase.UserId}\"", request.Body);
    }

    [Theory]
    [InlineData(HttpStatusCode.NotFound, """{"code":"NOT_FOUND"}""")]
    [InlineData(HttpStatusCode.UnprocessableEntity, """{"code":"NO_DEFAULT_PAYMENT_METHOD"}""")]
    public async Task A_saved_method_payments_cannot_find_is_refused(HttpStatusCode status, string body)
    {
        services.Answer = (_, _) => StubServices.Json(status, body);

        Assert.IsType<StepResult.Refused>((await Steps.ChargeAsync(Purchase(), CancellationToken.None)).Outcome);
    }

    [Theory]
    [InlineData(HttpStatusCode.OK, """{"result":"returned"}""", typeof(StepResult.Succeeded))]
    [InlineData(HttpStatusCode.OK, """{"result":"already_returned"}""", typeof(StepResult.Succeeded))]
    [InlineData(HttpStatusCode.OK, """{"result":"not_confirmed"}""", typeof(StepResult.Refused))]
    [InlineData(HttpStatusCode.OK, """{"result":"not_found"}""", typeof(StepResult.Refused))]
    [InlineData(HttpStatusCode.ServiceUnavailable, "", typeof(StepResult.Unavailable))]
    public async Task Returning_sold_stock_answers_become_outcomes(HttpStatusCode status, string body, Type outcome)
    {
        services.Answer = (_, _) => StubServices.Json(status, body);

        Assert.IsType(outcome, await Steps.ReturnAsync("pur-1", line, CancellationToken.None));
        var request = Assert.Single(services.Requests);
        Assert.Equal(("inventory", HttpMethod.Post), (request.Client, request.Method));
        Assert.StartsWith("/reservations/p-1/pur-1", request.Path);
        Assert.EndsWith("/return", request.Path);
    }

    [Fact]
    public async Task Releasing_a_reservation_that_turns_out_confirmed_returns_it()
    {
        services.Answer = (_, request) => StubServices.Json(HttpStatusCode.OK,
            request.RequestUri!.AbsolutePath.EndsWith("/release", StringComparison.Ordinal) ? """{"result":"already_confirmed"}""" : """{"result":"returned"}""");

        var result = await Steps.ReleaseAsync("pur-1", line, CancellationToken.None);

        Assert.IsType<StepResult.Succeeded>(result);
        Assert.Equal(["release", "return"], services.Requests.Select(r => r.Path[(r.Path.LastIndexOf('/') + 1)..]));
    }

    [Fact]
    public async Task Releasing_a_held_reservation_does_not_return_anything()
    {
        services.Answer = (_, _) => StubServices.Json(HttpStatusCode.OK, """{"result":"released"}""");

        Assert.IsType<StepResult.Succeeded>(await Steps.ReleaseAsync("pur-1", line, CancellationToken.None));
        Assert.EndsWith("/release", Assert.Single(services.Requests).Path);
    }

    [Theory]
    [InlineData(HttpStatusCode.OK, """{"status":"confirmed"}""", typeof(StepResult.Succeeded))]
    [InlineData(HttpStatusCode.Conflict, """{"error":"illegal","order":{"status":"confirmed"}}""", typeof(StepResult.Succeeded))]
    [InlineData(HttpStatusCode.Conflict, """{"error":"illegal","order":{"status":"canceled"}}""", typeof(StepResult.Refused))]
    [InlineData(HttpStatusCode.BadGateway, "", typeof(StepResult.Unavailable))]
    public async Task Confirming_an_order_already_paid_by_payments_event_counts_as_done(HttpStatusCode status, string body, Type outcome)
    {
        services.Answer = (_, _) => StubServices.Json(status, body);

        Assert.IsType(outcome, await Steps.ConfirmOrderAsync(Purchase(), CancellationToken.None));
        Assert.Equal((HttpMethod.Put, "/api/orders/ord-1/status"), (services.Requests[0].Method, services.Requests[0].Path));
    }

    [Theory]
    [InlineData(HttpStatusCode.OK, "{}", typeof(StepResult.Succeeded))]
    [InlineData(HttpStatusCode.NotFound, "{}", typeof(StepResult.Succeeded))]
    [InlineData(HttpStatusCode.Conflict, """{"order":{"status":"canceled"}}""", typeof(StepResult.Succeeded))]
    [InlineData(HttpStatusCode.Conflict, """{"order":{"status":"shipped"}}""", typeof(StepResult.Refused))]
    public async Task Cancelling_an_order_is_done_when_it_is_cancelled_or_unknown(HttpStatusCode status, string body, Type outcome)
    {
        services.Answer = (_, _) => StubServices.Json(status, body);

        Assert.IsType(outcome, await Steps.CancelOrderAsync(Purchase(), CancellationToken.None));
    }

    [Theory]
    [InlineData(HttpStatusCode.OK, typeof(StepResult.Succeeded))]
    [InlineData(HttpStatusCode.Conflict, typeof(StepResult.Succeeded))]
    [InlineData(HttpStatusCode.ServiceUnavailable, typeof(StepResult.Unavailable))]
    public async Task A_refund_uses_the_purchase_key_and_nothing_left_to_refund_is_done(HttpStatusCode status, Type outcome)
    {
        services.Answer = (_, _) => StubServices.Json(status, "{}");

        Assert.IsType(outcome, await Steps.RefundAsync(Purchase(), CancellationToken.None));
        Assert.Equal(("/api/payments/pay-1/refund", "pur-1:refund"), (services.Requests[0].Path, services.Requests[0].IdempotencyKey));
    }

    [Fact]
    public async Task The_price_step_refuses_products_catalog_does_not_sell()
    {
        services.Answer = (_, _) => StubServices.Json(HttpStatusCode.OK,
            """{"products":[{"productId":"p-1","name":"A","sku":"A","priceCents":100,"currency":"USD","isActive":false,"stockAvailable":0}]}""");

        var result = await Steps.PriceAsync([line], CancellationToken.None);

        Assert.Equal("Product no longer sold: p-1", Assert.IsType<StepResult.Refused>(result.Outcome).Reason);
    }

    [Fact]
    public async Task A_lost_charge_is_found_among_the_users_payments_by_order()
    {
        services.Answer = (_, _) => StubServices.Json(HttpStatusCode.OK,
            """{"payments":[{"id":"pay-0","orderId":"ord-0","status":"completed"},{"id":"pay-7","orderId":"ord-1","status":"failed"},{"id":"pay-8","orderId":"ord-1","status":"completed"}]}""");

        var result = await Steps.FindPaymentAsync(Purchase(), CancellationToken.None);

        Assert.Equal("pay-8", result.Value);
    }
}
