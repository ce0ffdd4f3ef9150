using PurchasePlatform.BuildingBlocks;
using PurchasePlatform.BuildingBlocks.Persistence;
using PurchasePlatform.Notifications.Events;
using PurchasePlatform.Notifications.Infrastructure;
using PurchasePlatform.Notifications.Messages;
using PurchasePlatform.Notifications.Webhooks;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddNotificationsService(builder.Configuration);
builder.Services.AddMessages(builder.Configuration);
builder.Services.AddWebhooks(builder.Configuration);

var app = builder.BuildWithServiceDefaults("notifications");

app.MapEventIntake();
app.MapMessagesApi();
app.MapWebhooksApi();

await app.Services.GetRequiredService<DatabaseStartup<NotificationsDbContext>>().RunAsync(app.Lifetime.ApplicationStopping);

app.Run();

public partial class Program;
