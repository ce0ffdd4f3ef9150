using PurchasePlatform.BuildingBlocks;
using PurchasePlatform.BuildingBlocks.Persistence;
using PurchasePlatform.Payments.Apis.Internal;
using PurchasePlatform.Payments.Apis.V1;
using PurchasePlatform.Payments.Infrastructure;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddPayments(builder.Configuration);

var app = builder.BuildWithServiceDefaults("payments");

app.MapPaymentsApi();
app.MapInternalPaymentsApi();

await app.Services.GetRequiredService<DatabaseStartup<PaymentsDbContext>>().RunAsync(app.Lifetime.ApplicationStopping);

app.Run();

public partial class Program;
