using Microsoft.Extensions.Options;
using PurchasePlatform.Gateway.FlashSale.Admission;
using PurchasePlatform.Gateway.FlashSale.Events;
using PurchasePlatform.Gateway.FlashSale.Inventory;
using PurchasePlatform.Gateway.FlashSale.WaitingRoom;
using PurchasePlatform.Gateway.RateLimiting;
using PurchasePlatform.Gateway.Routing;

namespace PurchasePlatform.Gateway.FlashSale;

internal static class FlashSaleExtensions
{
    private static readonly TimeSpan InventoryTimeout = TimeSpan.FromSeconds(10);

    /// <summary>
    /// The flash-sale front (seed 001): Inventory's client through the gateway's sidecar, the admission bucket (in
    /// Redis when RateLimits:Redis is set, else in this instance's memory) and the live stock feed.
    /// </summary>
    public static IServiceCollection AddFlashSale(this IServiceCollection services)
    {
        services.AddOptions<AdmissionOptions>()
            .BindConfiguration(AdmissionOptions.SectionName)
            .Validate(options => options.IsValid(), "FlashSale:Admission needs a Window above 0, a Threshold above 0, a Burst of 0 (= Threshold) or more, and a WaitingRoomUrl")
            .ValidateOnStart();

        services.AddHttpClient<InventoryClient>(client =>
            {
                client.BaseAddress = new Uri($"http://{InventoryClient.AppId}/");
                client.Timeout = InventoryTimeout;
            })
            .AddSidecarInvocation();

        services.AddSingleton<InMemoryAdmissionBucket>();
        services.AddSingleton<RedisAdmissionBucket>();
        services.AddSingleton<IAdmissionBucket>(provider => provider.GetRequiredService<IOptions<RateLimitStoreOptions>>().Value.UsesRedis
            ? provider.GetRequiredService<RedisAdmissionBucket>()
            : provider.GetRequiredService<InMemoryAdmissionBucket>());

        services.AddSingleton<StockBoard>();
        services.AddSingleton<StockFeed>();
        return services;
    }

    public static WebApplication MapFlashSale(this WebApplication app)
    {
        app.MapFlashSaleApi();
        app.MapStockEvents();
        app.MapWaitingRoom();
        return app;
    }
}
