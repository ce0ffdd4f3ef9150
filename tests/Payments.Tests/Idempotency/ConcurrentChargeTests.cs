using System.Net;
using PurchasePlatform.Payments.Tests.Api;
using PurchasePlatform.Payments.Tests.Infrastructure;

namespace PurchasePlatform.Payments.Tests.Idempotency;

public sealed class ConcurrentChargeTests : PaymentsHost
{
    private readonly Guid user = Guid.NewGuid();

    // Long enough that the held charge (ChargeDelay) never times out, however loaded the machine.
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Payments:Provider:AttemptTimeout"] = "00:00:10",
    };

    [Theory]
    [InlineData("/api/v1/payments/process")]
    [InlineData("/api/payments")]
    public async Task Ten_parallel_identical_requests_charge_once_and_all_answer_the_same_payment(string route)
    {
        Provider.ChargeDelay = TimeSpan.FromMilliseconds(300);
        var token = TestTokens.Customer(user);
        var key = Key();
        var body = route.StartsWith("/api/v1", StringComparison.Ordinal)
            ? PaymentRequests.Process("tok_success", orderId: "order-parallel")
            : PaymentRequests.Internal(user, "tok_success", orderId: "order-parallel");

        var responses = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => PostAsync(route, token, body, key)));

        Assert.Equal(1, Provider.ChargeCalls);
        Assert.Equal(1, Provider.Simulated.ChargesCreated);
        Assert.All(responses, response => Assert.True(response.IsSuccessStatusCode, response.StatusCode.ToString()));
        var ids = new HashSet<string>();
        foreach (var response in responses)
        {
            var json = await JsonAsync(response);
            ids.Add((json.TryGetProperty("data", out var data) ? data.GetProperty("paymentId") : json.GetProperty("id")).GetString()!);
        }

        Assert.Single(ids);
        Assert.Equal(9, responses.Count(response => response.Headers.Contains("x-idempotent-replay")));
        Assert.Equal(1, await InDatabaseAsync(db => Task.FromResult(db.Payments.Count())));
        Assert.Single(await OutboxAsync());
    }

    [Fact]
    public async Task Parallel_charges_of_one_order_under_different_keys_charge_once()
    {
        Provider.ChargeDelay = TimeSpan.FromMilliseconds(100);
        var token = TestTokens.Customer(user);

        var responses = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ =>
            PostAsync("/api/v1/payments/process", token, PaymentRequests.Process("tok_success", orderId: "order-once"), Key())));

        Assert.Equal(1, responses.Count(response => response.StatusCode == HttpStatusCode.OK));
        Assert.All(responses.Where(response => response.StatusCode != HttpStatusCode.OK),
            response => Assert.Equal(HttpStatusCode.Conflict, response.StatusCode));
        Assert.Equal(1, Provider.ChargeCalls);
    }
}
