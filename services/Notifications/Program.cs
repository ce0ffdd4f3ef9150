using PurchasePlatform.BuildingBlocks;
using PurchasePlatform.BuildingBlocks.Persistence;
using PurchasePlatform.Notifications.Events;
using PurchasePlatform.Notifications.Infrastructure;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddNotificationsService(builder.Configuration);

var app = builder.BuildWithServiceDefaults("notifications");

app.MapEventIntake();

await app.Services.GetRequiredService<DatabaseStartup<NotificationsDbContext>>().RunAsync(app.Lifetime.ApplicationStopping);

app.Run();

public partial class Program;
