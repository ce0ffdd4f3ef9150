using Microsoft.AspNetCore.Http;

namespace PurchasePlatform.Gateway.Routing;

/// <summary>Requests the gateway forwards without a token: these methods on this path (and, if asked, on the paths below it).</summary>
internal sealed record AnonymousRoute(IReadOnlyList<string> Methods, string Path, bool IncludesSubpaths)
{
    public bool Matches(HttpRequest request)
    {
        if (!Methods.Contains(request.Method, StringComparer.OrdinalIgnoreCase)
            || !request.Path.StartsWithSegments(Path, StringComparison.OrdinalIgnoreCase, out var rest))
        {
            return false;
        }

        return IncludesSubpaths || !rest.HasValue || rest.Value == "/";
    }
}
