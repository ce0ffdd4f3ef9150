using Microsoft.Extensions.DependencyInjection.Extensions;
using PurchasePlatform.BuildingBlocks;
using PurchasePlatform.Inventory;
using PurchasePlatform.Inventory.Actors;
using PurchasePlatform.Inventory.Apis;
using PurchasePlatform.Inventory.Catalog;
using PurchasePlatform.Inventory.Stock;

var builder = WebApplication.CreateBuilder(args);

builder.Services.TryAddSingleton(TimeProvider.System);
builder.Services.Configure<InventoryOptions>(builder.Configuration.GetSection(InventoryOptions.SectionName));
builder.Services.AddActors(options =>
{
    options.Actors.RegisterActor<StockShardActor>();
    options.UseJsonSerialization = true;
});
builder.Services.TryAddSingleton<IStockShards, ActorStockShards>();
builder.Services.AddSingleton<ProductShardCounts>();
builder.Services.AddSingleton<StockService>();
builder.Services.AddSingleton<FlashOrderService>();
builder.Services.AddSingleton<ReservationService>();
builder.Services.AddCatalogStockSync(builder.Configuration);

var app = builder.BuildWithServiceDefaults("inventory");

app.MapActorsHandlers();
app.MapStockApi();
app.MapFlashOrdersApi();
app.MapReservationsApi();
app.MapCatalogEvents();

app.Run();

public partial class Program;
