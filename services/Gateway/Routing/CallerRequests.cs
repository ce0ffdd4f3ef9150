using System.Net.Http.Headers;

namespace PurchasePlatform.Gateway.Routing;

/// <summary>A request to a service on the caller's behalf: the caller's Authorization header goes along, so that the service checks the token again.</summary>
internal static class CallerRequests
{
    public static HttpRequestMessage Create(HttpMethod method, string path, HttpContent? content, string? authorization)
    {
        var request = new HttpRequestMessage(method, path) { Content = content };
        if (!string.IsNullOrEmpty(authorization) && AuthenticationHeaderValue.TryParse(authorization, out var header))
        {
            request.Headers.Authorization = header;
        }

        return request;
    }
}
