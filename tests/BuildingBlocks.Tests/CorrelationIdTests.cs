using PurchasePlatform.BuildingBlocks.Tests.Infrastructure;

namespace PurchasePlatform.BuildingBlocks.Tests;

public sealed class CorrelationIdTests
{
    [Fact]
    public async Task Echoes_the_callers_correlation_id_and_logs_it_with_the_service_name()
    {
        await using var app = await TestApp.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/things/7");
        request.Headers.Add("X-Correlation-Id", "order-flow-42");

        using var response = await app.Client.SendAsync(request);

        Assert.Equal("order-flow-42", response.CorrelationIdHeader());
        var requestLog = await app.Logs.WaitForAsync(e =>
            CapturingLogSink.ScalarString(e, "SourceContext") == "Serilog.AspNetCore.RequestLoggingMiddleware"
            && CapturingLogSink.ScalarString(e, "RequestPath") == "/api/v1/things/7");
        Assert.NotNull(requestLog);
        Assert.Equal("order-flow-42", CapturingLogSink.ScalarString(requestLog, "CorrelationId"));
        Assert.Equal(TestApp.ServiceName, CapturingLogSink.ScalarString(requestLog, "Service"));
    }

    [Fact]
    public async Task Generates_a_correlation_id_when_the_caller_sends_none()
    {
        await using var app = await TestApp.StartAsync();

        using var first = await app.Client.GetAsync("/healthz");
        using var second = await app.Client.GetAsync("/healthz");

        Assert.NotEqual("", first.CorrelationIdHeader());
        Assert.NotEqual(first.CorrelationIdHeader(), second.CorrelationIdHeader());
    }

    [Fact]
    public async Task Replaces_a_correlation_id_that_is_unsafe_to_log()
    {
        await using var app = await TestApp.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/healthz");
        request.Headers.TryAddWithoutValidation("X-Correlation-Id", "evil\" injected=1");

        using var response = await app.Client.SendAsync(request);

        Assert.NotEqual("", response.CorrelationIdHeader());
        Assert.DoesNotContain("evil", response.CorrelationIdHeader());
    }

    [Fact]
    public async Task Is_kept_on_error_responses_and_used_as_their_trace_id()
    {
        await using var app = await TestApp.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/boom");
        request.Headers.Add("X-Correlation-Id", "failing-call-1");

        using var response = await app.Client.SendAsync(request);

        Assert.Equal("failing-call-1", response.CorrelationIdHeader());
        Assert.Equal("failing-call-1", (await response.JsonAsync()).GetProperty("traceId").GetString());
    }

    [Fact]
    public async Task Is_forwarded_on_outgoing_http_client_calls()
    {
        await using var downstream = await FakeDaprSidecar.StartAsync();
        await using var app = await TestApp.StartAsync();
        var target = new Uri(downstream.Address, "/echo-correlation-id");
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/forward?target={Uri.EscapeDataString(target.ToString())}");
        request.Headers.Add("X-Correlation-Id", "forward-me");

        using var response = await app.Client.SendAsync(request);

        Assert.Equal("forward-me", await response.Content.ReadAsStringAsync());
    }
}
