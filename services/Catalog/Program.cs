using PurchasePlatform.BuildingBlocks;
using PurchasePlatform.BuildingBlocks.Outbox;
using PurchasePlatform.BuildingBlocks.Persistence;
using PurchasePlatform.Catalog.Apis.Categories;
using PurchasePlatform.Catalog.Apis.Events;
using PurchasePlatform.Catalog.Apis.Internal;
using PurchasePlatform.Catalog.Apis.Products;
using PurchasePlatform.Catalog.Infrastructure;
using PurchasePlatform.Catalog.Infrastructure.Persistence;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddCatalogInfrastructure(builder.Configuration);

var app = builder.BuildWithServiceDefaults("catalog");

app.MapProductsApi();
app.MapCategoriesApi();
app.MapProductLookupApi();
app.MapCatalogSubscriptions(app.Configuration.GetSection(OutboxOptions.Section).Get<OutboxOptions>()?.PubSubName ?? "pubsub");

await app.Services.GetRequiredService<DatabaseStartup<CatalogDbContext>>().RunAsync(app.Lifetime.ApplicationStopping);

app.Run();

public partial class Program;
