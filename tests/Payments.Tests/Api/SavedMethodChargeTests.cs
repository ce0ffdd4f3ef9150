using System.Net;
using PurchasePlatform.Payments.Tests.Infrastructure;

namespace PurchasePlatform.Payments.Tests.Api;

/// <summary><c>POST /api/payments</c> with one of the user's saved methods (<c>saved</c>) or their default (<c>default</c>).</summary>
public sealed class SavedMethodChargeTests : PaymentsHost
{
    private readonly Guid user = Guid.NewGuid();

    [Fact]
    public async Task The_user_charges_a_saved_method_and_the_payment_records_it()
    {
        await SaveAsync(user, "tok_visa", isDefault: true);
        var mastercard = await SaveAsync(user, "tok_mastercard", isDefault: false);

        var response = await PostAsync("/api/payments", TestTokens.Customer(user), PaymentRequests.InternalSaved(user, mastercard), Key());

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await JsonAsync(response);
        Assert.Equal("completed", body.GetProperty("status").GetString());
        Assert.Equal("4444", body.GetProperty("last4").GetString());
        var paymentId = body.GetProperty("id").GetString();
        Assert.Equal(mastercard, await InDatabaseAsync(db => Task.FromResult(db.Payments.Single(p => p.Id == paymentId).PaymentMethodId)));
    }

    [Fact]
    public async Task The_default_type_charges_the_users_default_method()
    {
        await SaveAsync(user, "tok_visa", isDefault: false);
        await SaveAsync(user, "tok_mastercard", isDefault: true);

        var response = await PostAsync("/api/payments", TestTokens.Customer(user), PaymentRequests.InternalSaved(user, null), Key());

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("4444", (await JsonAsync(response)).GetProperty("last4").GetString());
    }

    [Fact]
    public async Task The_orchestrators_payments_admin_token_charges_the_customers_saved_and_default_methods()
    {
        await SaveAsync(user, "tok_visa", isDefault: true);
        var mastercard = await SaveAsync(user, "tok_mastercard", isDefault: false);
        var service = TestTokens.Orchestrator();

        var saved = await PostAsync("/api/payments", service, PaymentRequests.InternalSaved(user, mastercard), Key());
        var byDefault = await PostAsync("/api/payments", service, PaymentRequests.InternalSaved(user, null), Key());

        Assert.Equal(HttpStatusCode.Created, saved.StatusCode);
        var savedBody = await JsonAsync(saved);
        Assert.Equal(user, savedBody.GetProperty("userId").GetGuid());
        Assert.Equal("4444", savedBody.GetProperty("last4").GetString());
        Assert.Equal(HttpStatusCode.Created, byDefault.StatusCode);
        Assert.Equal("4242", (await JsonAsync(byDefault)).GetProperty("last4").GetString());
    }

    [Fact]
    public async Task Another_users_method_is_not_found_even_for_a_service_and_nothing_is_charged()
    {
        var other = Guid.NewGuid();
        var othersMethod = await SaveAsync(other, "tok_visa", isDefault: true);

        var asUser = await PostAsync("/api/payments", TestTokens.Customer(user), PaymentRequests.InternalSaved(user, othersMethod), Key());
        var asService = await PostAsync("/api/payments", TestTokens.Orchestrator(), PaymentRequests.InternalSaved(user, othersMethod), Key());

        Assert.Equal(HttpStatusCode.NotFound, asUser.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, asService.StatusCode);
        Assert.Equal("NOT_FOUND", (await JsonAsync(asService)).GetProperty("code").GetString());
        Assert.Equal(0, Provider.ChargeCalls);
    }

    [Fact]
    public async Task A_customer_cannot_charge_another_users_method_for_that_user()
    {
        var other = Guid.NewGuid();
        var othersMethod = await SaveAsync(other, "tok_visa", isDefault: true);

        var saved = await PostAsync("/api/payments", TestTokens.Customer(user), PaymentRequests.InternalSaved(other, othersMethod), Key());
        var byDefault = await PostAsync("/api/payments", TestTokens.Customer(user), PaymentRequests.InternalSaved(other, null), Key());

        Assert.Equal(HttpStatusCode.Forbidden, saved.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byDefault.StatusCode);
        Assert.Equal(0, Provider.ChargeCalls);
    }

    [Fact]
    public async Task No_default_method_is_422_with_its_own_code()
    {
        var response = await PostAsync("/api/payments", TestTokens.Orchestrator(), PaymentRequests.InternalSaved(user, null), Key());

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("NO_DEFAULT_PAYMENT_METHOD", (await JsonAsync(response)).GetProperty("code").GetString());
        Assert.Equal(0, Provider.ChargeCalls);
    }

    [Fact]
    public async Task A_saved_charge_replays_with_the_same_key_and_is_not_charged_twice()
    {
        var visa = await SaveAsync(user, "tok_visa", isDefault: true);
        var service = TestTokens.PaymentsService();
        var key = Key();
        var request = PaymentRequests.InternalSaved(user, visa, orderId: "order-saved-1");

        var first = await PostAsync("/api/payments", service, request, key);
        var again = await PostAsync("/api/payments", service, request, key);
        var reused = await PostAsync("/api/payments", service, PaymentRequests.InternalSaved(user, null, orderId: "order-saved-1"), key);

        Assert.Equal(HttpStatusCode.Created, again.StatusCode);
        Assert.Equal((await JsonAsync(first)).GetProperty("id").GetString(), (await JsonAsync(again)).GetProperty("id").GetString());
        Assert.True(again.Headers.TryGetValues("x-idempotent-replay", out _));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, reused.StatusCode);
        Assert.Equal(1, Provider.Simulated.ChargesCreated);
    }

    [Fact]
    public async Task A_saved_method_needs_a_method_id_of_the_pm_form()
    {
        var missing = await PostAsync("/api/payments", TestTokens.Customer(user),
            new { orderId = "order-1", userId = user, amount = 1m, currency = "USD", paymentMethod = new { type = "saved" } }, Key());
        var token = await PostAsync("/api/payments", TestTokens.Customer(user),
            new { orderId = "order-1", userId = user, amount = 1m, currency = "USD", paymentMethod = new { type = "saved", methodId = "tok_visa" } }, Key());

        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.True((await JsonAsync(missing)).GetProperty("errors").TryGetProperty("paymentMethod.methodId", out _));
        Assert.Equal(HttpStatusCode.BadRequest, token.StatusCode);
    }

    private async Task<string> SaveAsync(Guid owner, string cardToken, bool isDefault)
    {
        var response = await PostAsync("/api/v1/payments/methods", TestTokens.Customer(owner), new { type = "card", cardToken, isDefault }, null);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await JsonAsync(response)).GetProperty("data").GetProperty("id").GetString()!;
    }
}
