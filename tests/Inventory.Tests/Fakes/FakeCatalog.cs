using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using System.Web;

namespace PurchasePlatform.Inventory.Tests.Fakes;

/// <summary>
/// The catalog behind the sidecar, at the HTTP boundary: <c>GET api/v1/products</c> pages in seed 003's envelope,
/// products in the order given. <see cref="FailNext"/> makes that many next requests answer 503.
/// </summary>
internal sealed class FakeCatalog(IReadOnlyList<(string Id, int Stock)> products) : HttpMessageHandler
{
    private readonly ConcurrentQueue<HttpRequestMessage> requests = new();
    private int failNext;

    public int FailNext
    {
        get => Volatile.Read(ref failNext);
        set => Volatile.Write(ref failNext, value);
    }

    public IReadOnlyList<HttpRequestMessage> Requests => [.. requests];

    public HttpClient Client() => new(this, disposeHandler: false) { BaseAddress = new Uri("http://127.0.0.1:3500/") };

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        requests.Enqueue(request);
        if (Interlocked.Decrement(ref failNext) >= 0)
        {
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.ServiceUnavailable));
        }

        Interlocked.Exchange(ref failNext, 0);
        var query = HttpUtility.ParseQueryString(request.RequestUri!.Query);
        var pageNumber = int.Parse(query["pageNumber"] ?? "1");
        var pageSize = int.Parse(query["pageSize"] ?? "20");
        var totalPages = (products.Count + pageSize - 1) / pageSize;
        var items = new JsonArray([.. products.Skip((pageNumber - 1) * pageSize).Take(pageSize)
            .Select(p => (JsonNode)new JsonObject { ["id"] = p.Id, ["name"] = p.Id, ["price"] = 9.99m, ["stock"] = p.Stock, ["inStock"] = p.Stock > 0 })]);
        var body = new JsonObject
        {
            ["success"] = true,
            ["data"] = new JsonObject
            {
                ["items"] = items, ["pageNumber"] = pageNumber, ["pageSize"] = pageSize, ["totalPages"] = totalPages,
                ["totalCount"] = products.Count, ["hasPreviousPage"] = pageNumber > 1, ["hasNextPage"] = pageNumber < totalPages,
            },
            ["timestamp"] = "2026-01-01T12:00:00Z",
        };
        return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK)
        {
            Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"),
        });
    }
}
