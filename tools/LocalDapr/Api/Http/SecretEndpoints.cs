namespace LocalDapr.Api.Http;

/// <summary>Secrets over HTTP: <c>GET /v1.0/secrets/{store}/{key}</c> and <c>/bulk</c>.</summary>
public static class SecretEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/v1.0/secrets/{storeName}/bulk", async (HttpContext context, string storeName) =>
            Results.Json(await context.Sidecar().Secrets.GetBulkAsync(storeName, context.RequestAborted)));
        endpoints.MapGet("/v1.0/secrets/{storeName}/{key}", async (HttpContext context, string storeName, string key) =>
            Results.Json(await context.Sidecar().Secrets.GetAsync(storeName, key, context.RequestAborted)));
    }
}
