using System.Net;
using System.Text;

namespace PurchasePlatform.Orchestrator.Tests.Fakes;

/// <summary>HttpClients whose every request is answered by <see cref="Answer"/> (per client name), and recorded.</summary>
internal sealed class StubServices : IHttpClientFactory
{
    public Func<string, HttpRequestMessage, HttpResponseMessage> Answer { get; set; } = (_, _) => new HttpResponseMessage(HttpStatusCode.OK);

    public List<(string Client, HttpMethod Method, string Path, string? Body, string? IdempotencyKey)> Requests { get; } = [];

    public HttpClient CreateClient(string name) => new(new Handler(this, name)) { BaseAddress = new Uri($"http://{name}/") };

    public static HttpResponseMessage Json(HttpStatusCode status, string json) =>
        new(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };

    private sealed class Handler(StubServices owner, string name) : HttpMessageHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
            owner.Requests.Add((name, request.Method, request.RequestUri!.PathAndQuery, body,
                request.Headers.TryGetValues("Idempotency-Key", out var keys) ? keys.Single() : null));
            return owner.Answer(name, request);
        }
    }
}
