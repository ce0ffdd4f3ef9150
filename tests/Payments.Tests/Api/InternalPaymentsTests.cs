using System.Net;
using PurchasePlatform.Payments.Tests.Infrastructure;

namespace PurchasePlatform.Payments.Tests.Api;

/// <summary>Seed 002's /api/payments routes (ProblemDetails errors with PAY_xxx codes).</summary>
public sealed class InternalPaymentsTests : PaymentsHost
{
    private readonly Guid user = Guid.NewGuid();

    [Fact]
    public async Task A_payment_is_created_with_002s_shape()
    {
        var response = await PostAsync("/api/payments", TestTokens.Customer(user), PaymentRequests.InternalWithCard(user, "4111111111111111", "order-123"), Key());

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await JsonAsync(response);
        var id = body.GetProperty("id").GetString();
        Assert.Equal($"/api/payments/{id}", response.Headers.Location?.ToString());
        Assert.Equal("order-123", body.GetProperty("orderId").GetString());
        Assert.Equal(user, body.GetProperty("userId").GetGuid());
        Assert.Equal(75.48m, body.GetProperty("amount").GetDecimal());
        Assert.Equal("USD", body.GetProperty("currency").GetString());
        Assert.Equal("completed", body.GetProperty("status").GetString());
        Assert.StartsWith("txn_", body.GetProperty("transactionId").GetString());
        Assert.Equal("1111", body.GetProperty("last4").GetString());
        Assert.True(body.TryGetProperty("completedAt", out _));
    }

    [Fact]
    public async Task Insufficient_funds_is_a_failed_payment_with_PAY_002()
    {
        var response = await PostAsync("/api/payments", TestTokens.Customer(user), PaymentRequests.Internal(user, "tok_insufficient_funds"), Key());

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await JsonAsync(response);
        Assert.Equal("failed", body.GetProperty("status").GetString());
        Assert.Equal("PAY_002", body.GetProperty("errorCode").GetString());
        Assert.Equal("Insufficient funds", body.GetProperty("failureReason").GetString());
    }

    [Fact]
    public async Task An_unknown_card_is_PAY_001()
    {
        var response = await PostAsync("/api/payments", TestTokens.Customer(user), PaymentRequests.InternalWithCard(user, "4999999999999999"), Key());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("PAY_001", (await JsonAsync(response)).GetProperty("code").GetString());
        Assert.Equal(0, Provider.ChargeCalls);
    }

    [Fact]
    public async Task A_second_payment_of_a_paid_order_is_PAY_003()
    {
        var token = TestTokens.Customer(user);
        await PostAsync("/api/payments", token, PaymentRequests.Internal(user, "tok_success", orderId: "order-9"), Key());

        var response = await PostAsync("/api/payments", token, PaymentRequests.Internal(user, "tok_visa", orderId: "order-9"), Key());

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("PAY_003", (await JsonAsync(response)).GetProperty("code").GetString());
    }

    [Fact]
    public async Task Paying_for_another_user_is_forbidden_unless_admin()
    {
        var other = Guid.NewGuid();

        var customer = await PostAsync("/api/payments", TestTokens.Customer(user), PaymentRequests.Internal(other, "tok_success"), Key());
        var admin = await PostAsync("/api/payments", TestTokens.Admin(), PaymentRequests.Internal(other, "tok_success"), Key());

        Assert.Equal(HttpStatusCode.Forbidden, customer.StatusCode);
        Assert.Equal(HttpStatusCode.Created, admin.StatusCode);
    }

    [Fact]
    public async Task Invalid_bodies_are_400_problem_details()
    {
        var response = await PostAsync("/api/payments", TestTokens.Customer(user),
            new { orderId = "", userId = user, amount = 1.234m, currency = "USD", paymentMethod = new { type = "cash" } }, Key());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await JsonAsync(response)).GetProperty("errors");
        Assert.True(errors.TryGetProperty("orderId", out _));
        Assert.True(errors.TryGetProperty("amount", out _));
        Assert.True(errors.TryGetProperty("paymentMethod.type", out _));
    }

    [Fact]
    public async Task The_provider_being_down_is_503_and_a_retry_with_the_key_resumes_the_same_payment()
    {
        var token = TestTokens.Customer(user);
        var key = Key();
        var request = PaymentRequests.Internal(user, "tok_timeout");
        var down = await PostAsync("/api/payments", token, request, key);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, down.StatusCode);
        Assert.Equal("SERVICE_UNAVAILABLE", (await JsonAsync(down)).GetProperty("code").GetString());

        var again = await PostAsync("/api/payments", token, request, key);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, again.StatusCode);
        Assert.Equal(1, await InDatabaseAsync(db => Task.FromResult(db.Payments.Count())));
        Assert.Equal(0, Provider.Simulated.ChargesCreated);
    }

    [Fact]
    public async Task Get_answers_the_current_status_and_404_for_unknown_ids()
    {
        var token = TestTokens.Customer(user);
        var id = (await JsonAsync(await PostAsync("/api/payments", token, PaymentRequests.Internal(user, "tok_success"), Key()))).GetProperty("id").GetString();
        await PostAsync($"/api/payments/{id}/refund", TestTokens.Admin(), new { amount = 75.48m, reason = "Order cancelled" }, Key());

        var found = await JsonAsync(await GetAsync($"/api/payments/{id}", token));
        var unknown = await GetAsync("/api/payments/pay-none", token);
        var other = await GetAsync($"/api/payments/{id}", TestTokens.Customer(Guid.NewGuid()));

        Assert.Equal("refunded", found.GetProperty("status").GetString());
        Assert.Equal(75.48m, found.GetProperty("refundedAmount").GetDecimal());
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
    }

    [Fact]
    public async Task Refunds_answer_the_refund_and_PAY_004_when_not_allowed()
    {
        var id = (await JsonAsync(await PostAsync("/api/payments", TestTokens.Customer(user), PaymentRequests.Internal(user, "tok_success"), Key())))
            .GetProperty("id").GetString();
        var service = TestTokens.PaymentsService();

        var partial = await PostAsync($"/api/payments/{id}/refund", service, new { amount = 50m, reason = "Order cancelled" }, Key());
        var tooMuch = await PostAsync($"/api/payments/{id}/refund", service, new { amount = 30m, reason = "Order cancelled" }, Key());
        var rest = await PostAsync($"/api/payments/{id}/refund", service, new { reason = "Order cancelled" }, Key());
        var none = await PostAsync($"/api/payments/{id}/refund", service, new { amount = 1m }, Key());
        var customer = await PostAsync($"/api/payments/{id}/refund", TestTokens.Customer(user), new { amount = 1m }, Key());

        Assert.Equal(HttpStatusCode.OK, partial.StatusCode);
        var refund = await JsonAsync(partial);
        Assert.Equal(50m, refund.GetProperty("amount").GetDecimal());
        Assert.Equal("succeeded", refund.GetProperty("status").GetString());
        Assert.Equal("partially_refunded", refund.GetProperty("paymentStatus").GetString());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, tooMuch.StatusCode);
        Assert.Equal("PAY_004", (await JsonAsync(tooMuch)).GetProperty("code").GetString());
        Assert.Equal(25.48m, (await JsonAsync(rest)).GetProperty("amount").GetDecimal());
        Assert.Equal(HttpStatusCode.Conflict, none.StatusCode);
        Assert.Equal("PAY_004", (await JsonAsync(none)).GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, customer.StatusCode);
    }

    [Fact]
    public async Task A_users_payments_are_listed_newest_first_with_paging_and_status_and_order_filters()
    {
        var token = TestTokens.Customer(user);
        var orderIds = new List<string>();
        foreach (var cardToken in new[] { "tok_success", "tok_decline", "tok_visa" })
        {
            var orderId = "order-" + Guid.NewGuid().ToString("N");
            orderIds.Add(orderId);
            await PostAsync("/api/payments", token, PaymentRequests.Internal(user, cardToken, orderId: orderId), Key());
            Clock.Advance(TimeSpan.FromMinutes(1));
        }

        await PostAsync("/api/payments", TestTokens.Customer(Guid.NewGuid()), PaymentRequests.Internal(Guid.NewGuid(), "tok_success"), Key());

        var all = await JsonAsync(await GetAsync($"/api/payments/user/{user}", token));
        var page = await JsonAsync(await GetAsync($"/api/payments/user/{user}?limit=1&offset=1", token));
        var completed = await JsonAsync(await GetAsync($"/api/payments/user/{user}?status=completed", token));
        var forbidden = await GetAsync($"/api/payments/user/{user}", TestTokens.Customer(Guid.NewGuid()));
        var admin = await GetAsync($"/api/payments/user/{user}", TestTokens.Admin());
        var badLimit = await GetAsync($"/api/payments/user/{user}?limit=0", token);
        var ofOrder = await JsonAsync(await GetAsync($"/api/payments/user/{user}?orderId={orderIds[1]}", token));

        Assert.Equal(3, all.GetProperty("total").GetInt32());
        Assert.Equal("4242", all.GetProperty("payments")[0].GetProperty("last4").GetString());
        Assert.Equal("failed", Assert.Single(page.GetProperty("payments").EnumerateArray()).GetProperty("status").GetString());
        Assert.Equal(2, completed.GetProperty("total").GetInt32());
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Equal(HttpStatusCode.OK, admin.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badLimit.StatusCode);
        var paymentOfOrder = Assert.Single(ofOrder.GetProperty("payments").EnumerateArray());
        Assert.Equal(orderIds[1], paymentOfOrder.GetProperty("orderId").GetString());
        Assert.Equal("failed", paymentOfOrder.GetProperty("status").GetString());
    }
}
