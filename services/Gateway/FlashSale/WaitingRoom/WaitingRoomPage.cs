using PurchasePlatform.Gateway.RateLimiting;

namespace PurchasePlatform.Gateway.FlashSale.WaitingRoom;

/// <summary>
/// <c>GET /waiting-room</c>: where a full admission bucket sends buyers. One self-contained page (embedded in the
/// gateway, no other assets) that shows the sale and its live stock and retries the order the shop front left pending.
/// </summary>
internal static class WaitingRoomPage
{
    public const string Path = "/waiting-room";

    private static readonly Lazy<byte[]> Html = new(() =>
    {
        using var resource = typeof(WaitingRoomPage).Assembly.GetManifestResourceStream("PurchasePlatform.Gateway.FlashSale.WaitingRoom.waiting-room.html")
            ?? throw new InvalidOperationException("waiting-room.html is not embedded in the gateway");
        using var copy = new MemoryStream();
        resource.CopyTo(copy);
        return copy.ToArray();
    });

    public static IEndpointRouteBuilder MapWaitingRoom(this IEndpointRouteBuilder app)
    {
        // A crowd behind one address reloads this page: it is not counted against anyone's plan.
        app.MapGet(Path, Serve).WithMetadata(PlanRateLimitExemption.Instance).WithTags("Flash sale");
        return app;
    }

    private static IResult Serve(HttpContext context)
    {
        context.Response.Headers.CacheControl = "no-store";
        context.Response.Headers.XContentTypeOptions = "nosniff";
        return TypedResults.Bytes(Html.Value, "text/html; charset=utf-8");
    }
}
