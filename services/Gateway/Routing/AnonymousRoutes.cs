using Microsoft.AspNetCore.Http;

namespace PurchasePlatform.Gateway.Routing;

/// <summary>
/// The forwarded requests that need no token at the edge (issue 3 contract, "Anonymous routes"); every other
/// forwarded request must carry a valid one. The gateway's own endpoints (health, metrics) are anonymous anyway.
/// </summary>
internal static class AnonymousRoutes
{
    private static readonly string[] Post = [HttpMethods.Post];
    private static readonly string[] Read = [HttpMethods.Get, HttpMethods.Head];

    public static readonly IReadOnlyList<AnonymousRoute> All =
    [
        new(Post, "/api/v1/auth/register", IncludesSubpaths: false),
        new(Post, "/api/v1/auth/login", IncludesSubpaths: false),
        new(Post, "/api/v1/auth/refresh", IncludesSubpaths: false),
        new(Post, "/api/v1/auth/verify-email", IncludesSubpaths: false),
        new(Post, "/api/v1/users/forgot-password", IncludesSubpaths: false),
        new(Post, "/api/v1/users/reset-password", IncludesSubpaths: false),
        new(Read, "/api/v1/products", IncludesSubpaths: true),
        new(Read, "/api/v1/categories", IncludesSubpaths: true),
        new(Read, "/.well-known", IncludesSubpaths: true),
    ];

    public static bool Allows(HttpRequest request) => All.Any(route => route.Matches(request));
}
