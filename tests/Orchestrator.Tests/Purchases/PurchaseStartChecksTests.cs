using System.Net;
using PurchasePlatform.Orchestrator.Purchases;
using PurchasePlatform.Orchestrator.Steps;
using PurchasePlatform.Orchestrator.Tests.Fakes;

namespace PurchasePlatform.Orchestrator.Tests.Purchases;

/// <summary>How a purchase's payment method is settled at start, from the customer's saved methods at Payments (read with their token).</summary>
public sealed class PurchaseStartChecksTests
{
    private const string Authorization = "Bearer customer-token";
    private const string Methods = """{"success":true,"data":[{"id":"pm-visa","isDefault":false},{"id":"pm-master","isDefault":true}]}""";

    private readonly StubServices services = new();

    private PurchaseStartChecks Checks => new(services);

    [Fact]
    public async Task A_provider_token_is_used_as_sent_without_asking_payments()
    {
        var check = await Checks.PaymentMethodAsync("tok_visa", Authorization, CancellationToken.None);

        Assert.Equal(PaymentMethodCheck.Use("tok_visa"), check);
        Assert.Empty(services.Requests);
    }

    [Fact]
    public async Task A_saved_method_of_the_customer_is_used_and_read_with_the_customers_token()
    {
        string? authorization = null;
        services.Answer = (_, request) =>
        {
            authorization = request.Headers.Authorization?.ToString();
            return StubServices.Json(HttpStatusCode.OK, Methods);
        };

        var check = await Checks.PaymentMethodAsync("pm-visa", Authorization, CancellationToken.None);

        Assert.Equal(PaymentMethodCheck.Use("pm-visa"), check);
        var request = Assert.Single(services.Requests);
        Assert.Equal((ServiceClients.PaymentsAsCustomer, "/api/v1/payments/methods"), (request.Client, request.Path));
        Assert.Equal(Authorization, authorization);
    }

    [Fact]
    public async Task A_saved_method_that_is_not_the_customers_is_refused_at_start()
    {
        services.Answer = (_, _) => StubServices.Json(HttpStatusCode.OK, Methods);

        var check = await Checks.PaymentMethodAsync("pm-someone-else", Authorization, CancellationToken.None);

        Assert.Null(check.MethodId);
        Assert.StartsWith("unknown payment method", check.Refusal);
    }

    [Fact]
    public async Task Without_a_method_the_customers_default_is_used()
    {
        services.Answer = (_, _) => StubServices.Json(HttpStatusCode.OK, Methods);

        Assert.Equal(PaymentMethodCheck.Use("pm-master"), await Checks.PaymentMethodAsync(null, Authorization, CancellationToken.None));
    }

    [Theory]
    [InlineData(HttpStatusCode.OK, """{"success":true,"data":[{"id":"pm-visa","isDefault":false}]}""")]
    [InlineData(HttpStatusCode.OK, """{"success":true,"data":[]}""")]
    [InlineData(HttpStatusCode.Forbidden, """{"success":false}""")]
    public async Task Without_a_method_or_a_default_the_start_is_refused(HttpStatusCode status, string body)
    {
        services.Answer = (_, _) => StubServices.Json(status, body);

        var check = await Checks.PaymentMethodAsync(null, Authorization, CancellationToken.None);

        Assert.Null(check.MethodId);
        Assert.StartsWith("no payment method", check.Refusal);
    }

    [Fact]
    public async Task Payments_down_is_unavailable_not_a_refusal()
    {
        services.Answer = (_, _) => StubServices.Json(HttpStatusCode.ServiceUnavailable, "");

        Assert.Same(PaymentMethodCheck.Unavailable, await Checks.PaymentMethodAsync("pm-visa", Authorization, CancellationToken.None));
        Assert.Same(PaymentMethodCheck.Unavailable, await Checks.PaymentMethodAsync(null, Authorization, CancellationToken.None));
    }
}
