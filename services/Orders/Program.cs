using Microsoft.Extensions.Options;
using PurchasePlatform.BuildingBlocks;
using PurchasePlatform.BuildingBlocks.Persistence;
using PurchasePlatform.Orders;
using PurchasePlatform.Orders.Apis.Events;
using PurchasePlatform.Orders.Apis.Internal;
using PurchasePlatform.Orders.Apis.Public;
using PurchasePlatform.Orders.Infrastructure;
using PurchasePlatform.Orders.Infrastructure.Persistence;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddOrders(builder.Configuration);

var app = builder.BuildWithServiceDefaults("orders");

app.MapInternalOrdersApi();
app.MapPublicOrdersApi();
app.MapOrderSubscriptions(app.Services.GetRequiredService<IOptions<OrdersOptions>>().Value.PubSubName);

await app.Services.GetRequiredService<DatabaseStartup<OrdersDbContext>>().RunAsync(app.Lifetime.ApplicationStopping);

app.Run();

public partial class Program;
