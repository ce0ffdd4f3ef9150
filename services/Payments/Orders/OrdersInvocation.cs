using PurchasePlatform.BuildingBlocks.Hosting;
using PurchasePlatform.Payments.Processing;

namespace PurchasePlatform.Payments.Orders;

/// <summary>The HTTP client to Orders through the Dapr sidecar (<see cref="SidecarInvocation"/> to <c>Payments:OrdersAppId</c>).</summary>
internal static class OrdersInvocation
{
    public static void Configure(HttpClient client, IConfiguration configuration, PaymentsOptions options) =>
        SidecarInvocation.Configure(client, configuration, options.OrdersAppId, options.OrdersTimeout);
}
