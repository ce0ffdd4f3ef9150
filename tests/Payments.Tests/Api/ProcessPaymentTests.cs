using System.Net;
using PurchasePlatform.Payments.Processing;
using PurchasePlatform.Payments.Tests.Infrastructure;

namespace PurchasePlatform.Payments.Tests.Api;

public sealed class ProcessPaymentTests : PaymentsHost
{
    private readonly Guid user = Guid.NewGuid();

    [Fact]
    public async Task A_good_card_is_charged_and_answered_in_the_envelope_with_a_completed_event()
    {
        var response = await PostAsync("/api/v1/payments/process", TestTokens.Customer(user), PaymentRequests.Process("tok_success", orderId: "order-100"), Key());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await JsonAsync(response);
        Assert.True(body.GetProperty("success").GetBoolean());
        Assert.Equal("Payment processed successfully", body.GetProperty("message").GetString());
        var data = body.GetProperty("data");
        Assert.StartsWith("pay-", data.GetProperty("paymentId").GetString());
        Assert.Equal("order-100", data.GetProperty("orderId").GetString());
        Assert.Equal("succeeded", data.GetProperty("status").GetString());
        Assert.Equal(863.98m, data.GetProperty("amount").GetDecimal());
        Assert.Equal("USD", data.GetProperty("currency").GetString());
        Assert.Equal("card", data.GetProperty("paymentMethod").GetString());
        Assert.Equal("1111", data.GetProperty("last4").GetString());
        Assert.Equal("visa", data.GetProperty("brand").GetString());
        Assert.StartsWith("txn_", data.GetProperty("transactionId").GetString());
        Assert.StartsWith("https://", data.GetProperty("receipt").GetString());
        Assert.False(response.Headers.Contains("x-idempotent-replay"));

        var completed = Assert.Single(await OutboxAsync(PaymentEvents.CompletedTopic));
        Assert.Contains("\"event_type\":\"payment_completed\"", completed.Payload);
        Assert.Contains("\"amount\":863.98", completed.Payload);
        Assert.Contains($"\"user_id\":\"{user}\"", completed.Payload);
        Assert.Equal(86398, await InDatabaseAsync(db => Task.FromResult(db.Payments.Single().AmountCents)));
    }

    [Fact]
    public async Task A_saved_payment_method_is_charged_by_its_id()
    {
        var token = TestTokens.Customer(user);
        var added = await JsonAsync(await PostAsync("/api/v1/payments/methods", token, new { type = "card", cardToken = "tok_mastercard", isDefault = true }, null));
        var methodId = added.GetProperty("data").GetProperty("id").GetString()!;

        var response = await PostAsync("/api/v1/payments/process", token, PaymentRequests.Process(methodId), Key());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var data = (await JsonAsync(response)).GetProperty("data");
        Assert.Equal("4444", data.GetProperty("last4").GetString());
        Assert.Equal("mastercard", data.GetProperty("brand").GetString());
    }

    [Fact]
    public async Task Another_users_payment_method_is_unknown()
    {
        var added = await JsonAsync(await PostAsync("/api/v1/payments/methods", TestTokens.Customer(Guid.NewGuid()),
            new { type = "card", cardToken = "tok_visa", isDefault = true }, null));
        var methodId = added.GetProperty("data").GetProperty("id").GetString()!;

        var response = await PostAsync("/api/v1/payments/process", TestTokens.Customer(user), PaymentRequests.Process(methodId), Key());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = (await JsonAsync(response)).GetProperty("errors")[0];
        Assert.Equal("paymentMethodId", error.GetProperty("field").GetString());
        Assert.Equal(0, Provider.ChargeCalls);
    }

    [Theory]
    [InlineData("tok_decline", "CARD_DECLINED")]
    [InlineData("tok_insufficient_funds", "INSUFFICIENT_FUNDS")]
    public async Task A_declined_card_answers_payment_failed_and_records_a_failed_event(string cardToken, string declineCode)
    {
        var response = await PostAsync("/api/v1/payments/process", TestTokens.Customer(user), PaymentRequests.Process(cardToken), Key());

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var body = await JsonAsync(response);
        Assert.False(body.GetProperty("success").GetBoolean());
        Assert.Equal("PAYMENT_FAILED", body.GetProperty("errors")[0].GetProperty("code").GetString());

        var failed = Assert.Single(await OutboxAsync(PaymentEvents.FailedTopic));
        Assert.Contains($"\"error_code\":\"{declineCode}\"", failed.Payload);
        Assert.Contains("\"event_type\":\"payment_failed\"", failed.Payload);
        Assert.Empty(await OutboxAsync(PaymentEvents.CompletedTopic));
        Assert.Equal(1, Provider.ChargeCalls);
    }

    [Fact]
    public async Task A_provider_that_never_answers_leaves_the_payment_processing_and_answers_503()
    {
        var response = await PostAsync("/api/v1/payments/process", TestTokens.Customer(user), PaymentRequests.Process("tok_timeout"), Key());

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("SERVICE_UNAVAILABLE", (await JsonAsync(response)).GetProperty("errors")[0].GetProperty("code").GetString());
        Assert.NotNull(response.Headers.RetryAfter);
        Assert.Equal(3, Provider.ChargeCalls); // the first attempt and two retries, each timed out
        Assert.Equal("Processing", await InDatabaseAsync(db => Task.FromResult(db.Payments.Single().Status.ToString())));
        Assert.Empty(await OutboxAsync());
    }

    [Fact]
    public async Task A_transient_provider_failure_is_retried_and_charges_once()
    {
        var response = await PostAsync("/api/v1/payments/process", TestTokens.Customer(user), PaymentRequests.Process("tok_flaky"), Key());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, Provider.ChargeCalls);
        Assert.Equal(1, Provider.Simulated.ChargesCreated);
    }

    [Fact]
    public async Task A_charge_without_an_idempotency_key_is_refused()
    {
        var response = await PostAsync("/api/v1/payments/process", TestTokens.Customer(user), PaymentRequests.Process("tok_success"), null);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = (await JsonAsync(response)).GetProperty("errors")[0];
        Assert.Equal("REQUIRED_FIELD", error.GetProperty("code").GetString());
        Assert.Equal("Idempotency-Key", error.GetProperty("field").GetString());
        Assert.Equal(0, Provider.ChargeCalls);
    }

    [Fact]
    public async Task The_same_key_and_body_replays_the_first_answer_without_charging_again()
    {
        var token = TestTokens.Customer(user);
        var key = Key();
        var request = PaymentRequests.Process("tok_success");

        var first = await JsonAsync(await PostAsync("/api/v1/payments/process", token, request, key));
        var replay = await PostAsync("/api/v1/payments/process", token, request, key);

        Assert.Equal(HttpStatusCode.OK, replay.StatusCode);
        Assert.Equal("true", replay.Headers.GetValues("x-idempotent-replay").Single());
        var replayed = (await JsonAsync(replay)).GetProperty("data");
        Assert.Equal(first.GetProperty("data").GetProperty("paymentId").GetString(), replayed.GetProperty("paymentId").GetString());
        Assert.Equal(first.GetProperty("data").GetProperty("transactionId").GetString(), replayed.GetProperty("transactionId").GetString());
        Assert.Equal(1, Provider.ChargeCalls);
        Assert.Single(await OutboxAsync());
    }

    [Fact]
    public async Task A_replayed_decline_is_the_same_decline()
    {
        var token = TestTokens.Customer(user);
        var key = Key();
        var request = PaymentRequests.Process("tok_decline");
        await PostAsync("/api/v1/payments/process", token, request, key);

        var replay = await PostAsync("/api/v1/payments/process", token, request, key);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, replay.StatusCode);
        Assert.Equal("true", replay.Headers.GetValues("x-idempotent-replay").Single());
        Assert.Equal(1, Provider.ChargeCalls);
    }

    [Fact]
    public async Task The_same_key_with_another_body_is_refused_with_422()
    {
        var token = TestTokens.Customer(user);
        var key = Key();
        await PostAsync("/api/v1/payments/process", token, PaymentRequests.Process("tok_success", amount: 10m), key);

        var response = await PostAsync("/api/v1/payments/process", token, PaymentRequests.Process("tok_success", amount: 11m), key);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("IDEMPOTENCY_KEY_REUSED", (await JsonAsync(response)).GetProperty("errors")[0].GetProperty("code").GetString());
        Assert.Equal(1, Provider.ChargeCalls);
    }

    [Fact]
    public async Task Keys_belong_to_their_caller()
    {
        var key = Key();
        var first = await PostAsync("/api/v1/payments/process", TestTokens.Customer(user), PaymentRequests.Process("tok_success"), key);
        var other = await PostAsync("/api/v1/payments/process", TestTokens.Customer(Guid.NewGuid()), PaymentRequests.Process("tok_success"), key);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        Assert.False(other.Headers.Contains("x-idempotent-replay"));
        Assert.Equal(2, Provider.ChargeCalls);
    }

    [Fact]
    public async Task An_order_already_paid_is_not_charged_again_under_another_key()
    {
        var token = TestTokens.Customer(user);
        await PostAsync("/api/v1/payments/process", token, PaymentRequests.Process("tok_success", orderId: "order-7"), Key());

        var response = await PostAsync("/api/v1/payments/process", token, PaymentRequests.Process("tok_success", orderId: "order-7"), Key());

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("CONFLICT", (await JsonAsync(response)).GetProperty("errors")[0].GetProperty("code").GetString());
        Assert.Equal(1, Provider.ChargeCalls);
    }

    [Fact]
    public async Task An_order_whose_payment_failed_may_be_paid_with_another_card()
    {
        var token = TestTokens.Customer(user);
        await PostAsync("/api/v1/payments/process", token, PaymentRequests.Process("tok_decline", orderId: "order-8"), Key());

        var response = await PostAsync("/api/v1/payments/process", token, PaymentRequests.Process("tok_success", orderId: "order-8"), Key());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData(10.001, "USD", "amount")]
    [InlineData(0, "USD", "amount")]
    [InlineData(-5, "USD", "amount")]
    [InlineData(10.5, "JPY", "amount")]
    [InlineData(10, "usd", "currency")]
    [InlineData(10, "XYZ", "currency")]
    public async Task Invalid_amounts_and_currencies_are_refused(decimal amount, string currency, string field)
    {
        var response = await PostAsync("/api/v1/payments/process", TestTokens.Customer(user), PaymentRequests.Process("tok_success", amount, currency), Key());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await JsonAsync(response)).GetProperty("errors").EnumerateArray();
        Assert.Contains(errors, error => error.GetProperty("field").GetString() == field);
        Assert.Equal(0, Provider.ChargeCalls);
    }

    [Fact]
    public async Task A_whole_yen_amount_is_charged_in_yen()
    {
        var response = await PostAsync("/api/v1/payments/process", TestTokens.Customer(user), PaymentRequests.Process("tok_success", 1500m, "JPY"), Key());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1500m, (await JsonAsync(response)).GetProperty("data").GetProperty("amount").GetDecimal());
        Assert.Equal(1500, await InDatabaseAsync(db => Task.FromResult(db.Payments.Single().AmountCents)));
    }

    [Fact]
    public async Task Charging_needs_a_token_with_the_payments_scope()
    {
        var anonymous = await PostAsync("/api/v1/payments/process", null, PaymentRequests.Process("tok_success"), Key());
        var noScope = await PostAsync("/api/v1/payments/process", TestTokens.WithScopes(user, "profile"), PaymentRequests.Process("tok_success"), Key());

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, noScope.StatusCode);
        Assert.Equal(0, Provider.ChargeCalls);
    }
}
