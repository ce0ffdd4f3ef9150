using System.Net;
using PurchasePlatform.Payments.Tests.Api;
using PurchasePlatform.Payments.Tests.Infrastructure;

namespace PurchasePlatform.Payments.Tests.Resilience;

public sealed class CircuitBreakerTests : PaymentsHost
{
    private readonly Guid user = Guid.NewGuid();

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Payments:Provider:MaxRetryAttempts"] = "0",
        ["Payments:Provider:MinimumThroughput"] = "3",
        ["Payments:Provider:FailureRatio"] = "0.5",
        ["Payments:Provider:BreakDuration"] = "00:00:30",
    };

    [Fact]
    public async Task The_status_starts_closed_in_002s_shape()
    {
        var response = await GetAsync("/api/circuit-breaker/status", TestTokens.Customer(user));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var provider = (await JsonAsync(response)).GetProperty("payment_provider");
        Assert.Equal("closed", provider.GetProperty("state").GetString());
        Assert.Equal(0, provider.GetProperty("failure_count").GetInt32());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, provider.GetProperty("last_failure").ValueKind);
        Assert.Equal(HttpStatusCode.Unauthorized, (await GetAsync("/api/circuit-breaker/status", null)).StatusCode);
    }

    [Fact]
    public async Task The_circuit_opens_after_failures_and_then_refuses_without_calling_the_provider()
    {
        await FailAsync(3);

        var status = await StatusAsync();
        Assert.Equal("open", status.GetProperty("state").GetString());
        Assert.Equal(3, status.GetProperty("failure_count").GetInt32());
        Assert.Equal(Clock.GetUtcNow().UtcDateTime, status.GetProperty("last_failure").GetDateTime());
        Assert.Equal(Clock.GetUtcNow().UtcDateTime.AddSeconds(30), status.GetProperty("next_attempt").GetDateTime());

        var refused = await PostAsync("/api/v1/payments/process", TestTokens.Customer(user), PaymentRequests.Process("tok_success"), Key());
        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        Assert.Equal(3, Provider.ChargeCalls);
    }

    [Fact]
    public async Task Declines_do_not_open_the_circuit()
    {
        for (var i = 0; i < 4; i++)
        {
            await PostAsync("/api/v1/payments/process", TestTokens.Customer(user), PaymentRequests.Process("tok_decline"), Key());
        }

        var status = await StatusAsync();
        Assert.Equal("closed", status.GetProperty("state").GetString());
        Assert.Equal(0, status.GetProperty("failure_count").GetInt32());
    }

    [Fact]
    public async Task After_the_break_a_successful_trial_closes_the_circuit()
    {
        await FailAsync(3);
        Clock.Advance(TimeSpan.FromSeconds(31));

        var trial = await PostAsync("/api/v1/payments/process", TestTokens.Customer(user), PaymentRequests.Process("tok_success"), Key());

        Assert.Equal(HttpStatusCode.OK, trial.StatusCode);
        var status = await StatusAsync();
        Assert.Equal("closed", status.GetProperty("state").GetString());
        Assert.Equal(0, status.GetProperty("failure_count").GetInt32());
    }

    [Fact]
    public async Task After_the_break_a_failed_trial_opens_the_circuit_again()
    {
        await FailAsync(3);
        Clock.Advance(TimeSpan.FromSeconds(31));

        await FailAsync(1);

        var status = await StatusAsync();
        Assert.Equal("open", status.GetProperty("state").GetString());
        Assert.Equal(4, status.GetProperty("failure_count").GetInt32());
        Assert.Equal(Clock.GetUtcNow().UtcDateTime.AddSeconds(30), status.GetProperty("next_attempt").GetDateTime());
    }

    private async Task FailAsync(int times)
    {
        for (var i = 0; i < times; i++)
        {
            var response = await PostAsync("/api/v1/payments/process", TestTokens.Customer(user), PaymentRequests.Process("tok_unavailable"), Key());
            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        }
    }

    private async Task<System.Text.Json.JsonElement> StatusAsync() =>
        (await JsonAsync(await GetAsync("/api/circuit-breaker/status", TestTokens.Admin()))).GetProperty("payment_provider");
}
