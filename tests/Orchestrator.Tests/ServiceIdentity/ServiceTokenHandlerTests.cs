using System.Net;
using System.Net.Http.Headers;
using PurchasePlatform.BuildingBlocks.ServiceIdentity;

namespace PurchasePlatform.Orchestrator.Tests.ServiceIdentity;

public sealed class ServiceTokenHandlerTests
{
    [Fact]
    public async Task The_service_token_goes_on_requests_without_one_and_a_401_drops_it()
    {
        var tokens = new CountingTokens();
        var seen = new List<string?>();
        var status = HttpStatusCode.OK;
        using var client = new HttpClient(new ServiceTokenHandler(tokens)
        {
            InnerHandler = new Answering(request =>
            {
                seen.Add(request.Headers.Authorization?.ToString());
                return new HttpResponseMessage(status);
            }),
        });

        await client.GetAsync("http://orders/a");
        status = HttpStatusCode.Unauthorized;
        await client.GetAsync("http://orders/b");
        status = HttpStatusCode.OK;
        await client.GetAsync("http://orders/c");
        using var own = new HttpRequestMessage(HttpMethod.Get, "http://orders/d") { Headers = { Authorization = new AuthenticationHeaderValue("Bearer", "customer") } };
        await client.SendAsync(own);

        Assert.Equal(["Bearer token-1", "Bearer token-1", "Bearer token-2", "Bearer customer"], seen);
    }

    private sealed class CountingTokens : IServiceTokenProvider
    {
        private int issued;
        private string? current;

        public ValueTask<string> GetTokenAsync(CancellationToken cancellationToken) => ValueTask.FromResult(current ??= $"token-{++issued}");

        public void Invalidate(string token)
        {
            if (current == token)
            {
                current = null;
            }
        }
    }

    private sealed class Answering(Func<HttpRequestMessage, HttpResponseMessage> answer) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(answer(request));
    }
}
