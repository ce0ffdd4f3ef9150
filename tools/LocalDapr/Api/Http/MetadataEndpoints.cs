using LocalDapr.Runtime;

namespace LocalDapr.Api.Http;

/// <summary>Health, metadata and shutdown over HTTP.</summary>
public static class MetadataEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/v1.0/healthz", () => Results.NoContent());
        endpoints.MapGet("/v1.0/healthz/outbound", () => Results.NoContent());
        endpoints.MapGet("/v1.0/metadata", (HttpContext context) => Results.Json(SidecarMetadata.Describe(context.Sidecar())));
        endpoints.MapPut("/v1.0/metadata/{key}", async (HttpContext context, string key) =>
        {
            var body = await context.Request.ReadBodyAsync(context.RequestAborted);
            context.Sidecar().ExtendedMetadata[key] = System.Text.Encoding.UTF8.GetString(body);
            return Results.NoContent();
        });
        endpoints.MapPost("/v1.0/shutdown", (IHostApplicationLifetime lifetime) =>
        {
            lifetime.StopApplication();
            return Results.NoContent();
        });
    }
}
