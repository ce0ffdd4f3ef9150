using System.Net;
using PurchasePlatform.Payments.Tests.Infrastructure;

namespace PurchasePlatform.Payments.Tests.Api;

/// <summary>
/// A customer pays only their own pending order, and exactly its total, as Orders shows it to them (Orders faked at its
/// boundary, <see cref="FakeOrders"/>). The saga (payments:admin) is not checked.
/// </summary>
public sealed class OrderCheckTests : PaymentsHost
{
    private readonly Guid user = Guid.NewGuid();
    private readonly string orderId = Guid.NewGuid().ToString("D");

    protected override bool ChecksOrders => true;

    [Fact]
    public async Task The_callers_pending_order_is_paid_its_total_and_Orders_is_asked_with_the_callers_token()
    {
        Orders.Has(orderId, user, 100.00m);
        var token = TestTokens.Customer(user);

        var response = await PostAsync("/api/v1/payments/process", token, PaymentRequests.Process("tok_success", 100.00m, orderId: orderId), Key());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal((orderId, token), Assert.Single(Orders.Calls));
        Assert.Equal(1, Provider.ChargeCalls);
    }

    [Theory]
    [InlineData("0.01", "USD")]
    [InlineData("100.01", "USD")]
    [InlineData("100.00", "EUR")]
    public async Task Another_amount_or_currency_than_the_orders_total_is_refused_with_422(string amount, string currency)
    {
        Orders.Has(orderId, user, 100.00m);

        var response = await PostAsync("/api/v1/payments/process", TestTokens.Customer(user),
            PaymentRequests.Process("tok_success", decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture), currency, orderId), Key());

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var error = (await JsonAsync(response)).GetProperty("errors")[0];
        Assert.Equal("VALIDATION_ERROR", error.GetProperty("code").GetString());
        Assert.Equal("amount", error.GetProperty("field").GetString());
        await NothingChargedAsync();
    }

    [Fact]
    public async Task An_order_Orders_does_not_show_is_404()
    {
        var response = await PostAsync("/api/v1/payments/process", TestTokens.Customer(user), PaymentRequests.Process("tok_success", orderId: orderId), Key());

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("NOT_FOUND", (await JsonAsync(response)).GetProperty("errors")[0].GetProperty("code").GetString());
        await NothingChargedAsync();
    }

    [Fact]
    public async Task Another_users_order_is_404()
    {
        Orders.Has(orderId, Guid.NewGuid(), 863.98m);

        var response = await PostAsync("/api/v1/payments/process", TestTokens.Customer(user), PaymentRequests.Process("tok_success", orderId: orderId), Key());

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        await NothingChargedAsync();
    }

    [Theory]
    [InlineData("paid")]
    [InlineData("canceled")]
    [InlineData("shipped")]
    public async Task An_order_that_is_no_longer_pending_is_409(string status)
    {
        Orders.Has(orderId, user, 863.98m, status);

        var response = await PostAsync("/api/v1/payments/process", TestTokens.Customer(user), PaymentRequests.Process("tok_success", orderId: orderId), Key());

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("CONFLICT", (await JsonAsync(response)).GetProperty("errors")[0].GetProperty("code").GetString());
        await NothingChargedAsync();
    }

    [Fact]
    public async Task Orders_unreachable_is_503_with_retry_after()
    {
        Orders.Down(orderId);

        var response = await PostAsync("/api/v1/payments/process", TestTokens.Customer(user), PaymentRequests.Process("tok_success", orderId: orderId), Key());

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.NotNull(response.Headers.RetryAfter);
        await NothingChargedAsync();
    }

    [Fact]
    public async Task A_retry_with_the_same_key_is_answered_from_the_first_charge_after_the_order_was_paid()
    {
        Orders.Has(orderId, user, 863.98m);
        var token = TestTokens.Customer(user);
        var key = Key();
        Assert.Equal(HttpStatusCode.OK, (await PostAsync("/api/v1/payments/process", token, PaymentRequests.Process("tok_success", orderId: orderId), key)).StatusCode);
        Orders.Has(orderId, user, 863.98m, "paid");

        var replay = await PostAsync("/api/v1/payments/process", token, PaymentRequests.Process("tok_success", orderId: orderId), key);

        Assert.Equal(HttpStatusCode.OK, replay.StatusCode);
        Assert.Equal("true", replay.Headers.GetValues("x-idempotent-replay").Single());
        Assert.Equal(1, Provider.ChargeCalls);
    }

    [Fact]
    public async Task Seed_002s_route_checks_a_customers_payment_too()
    {
        Orders.Has(orderId, user, 100.00m);
        var token = TestTokens.Customer(user);

        var wrongAmount = await PostAsync("/api/payments", token, PaymentRequests.Internal(user, "tok_success", 0.01m, orderId), Key());
        var unknown = await PostAsync("/api/payments", token, PaymentRequests.Internal(user, "tok_success", 100.00m), Key());
        Assert.Equal(0, Provider.ChargeCalls);
        var paid = await PostAsync("/api/payments", token, PaymentRequests.Internal(user, "tok_success", 100.00m, orderId), Key());

        Assert.Equal(HttpStatusCode.UnprocessableEntity, wrongAmount.StatusCode);
        Assert.Equal("VALIDATION_ERROR", (await JsonAsync(wrongAmount)).GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("NOT_FOUND", (await JsonAsync(unknown)).GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.Created, paid.StatusCode);
    }

    [Fact]
    public async Task The_saga_with_payments_admin_is_not_checked()
    {
        var response = await PostAsync("/api/payments", TestTokens.Orchestrator(), PaymentRequests.Internal(user, "tok_success", 0.01m, orderId), Key());

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Empty(Orders.Calls);
    }

    private async Task NothingChargedAsync()
    {
        Assert.Equal(0, Provider.ChargeCalls);
        Assert.Equal(0, await InDatabaseAsync(db => Task.FromResult(db.Payments.Count())));
    }
}
