using System.Net;
using Microsoft.Extensions.Configuration;
using PurchasePlatform.Gateway.Routing;

namespace PurchasePlatform.Gateway.Tests.Routing;

public sealed class DaprApiTokenHandlerTests
{
    [Fact]
    public async Task The_token_the_invocation_handler_added_is_not_sent_twice()
    {
        var sent = new CapturingHandler();
        using var client = new HttpClient(new DaprApiTokenHandler(Configuration("sidecar-secret")) { InnerHandler = sent });
        using var request = new HttpRequestMessage(HttpMethod.Get, "http://127.0.0.1/v1.0/invoke/inventory/method/stock/ps5");
        request.Headers.TryAddWithoutValidation(DaprHeaders.ApiToken, "sidecar-secret");

        await client.SendAsync(request);

        Assert.Equal(["sidecar-secret"], sent.ApiTokens);
    }

    [Fact]
    public async Task Without_a_configured_token_none_is_sent()
    {
        var sent = new CapturingHandler();
        using var client = new HttpClient(new DaprApiTokenHandler(Configuration(null)) { InnerHandler = sent });

        await client.GetAsync("http://127.0.0.1/v1.0/invoke/inventory/method/stock/ps5");

        Assert.Empty(sent.ApiTokens);
    }

    private static IConfiguration Configuration(string? apiToken) =>
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["DAPR_API_TOKEN"] = apiToken }).Build();

    private sealed class CapturingHandler : HttpMessageHandler
    {
        public IReadOnlyList<string> ApiTokens { get; private set; } = [];

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            ApiTokens = request.Headers.TryGetValues(DaprHeaders.ApiToken, out var values) ? values.ToList() : [];
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK));
        }
    }
}
