using Microsoft.Extensions.DependencyInjection.Extensions;
using PurchasePlatform.BuildingBlocks;
using PurchasePlatform.Inventory.Actors;

var builder = WebApplication.CreateBuilder(args);

builder.Services.TryAddSingleton(TimeProvider.System);
builder.Services.Configure<ReservationOptions>(builder.Configuration.GetSection(ReservationOptions.SectionName));
builder.Services.AddActors(options =>
{
    options.Actors.RegisterActor<StockActor>();
    options.UseJsonSerialization = true;
});

var app = builder.BuildWithServiceDefaults("inventory");

app.MapActorsHandlers();

app.Run();

public partial class Program;
