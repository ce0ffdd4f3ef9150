using PurchasePlatform.BuildingBlocks;
using PurchasePlatform.Orchestrator;
using PurchasePlatform.Orchestrator.Purchases;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddOrchestrator(builder.Configuration);

var app = builder.BuildWithServiceDefaults("orchestrator");

app.MapActorsHandlers();
app.MapPurchasesApi();

app.Run();

public partial class Program;
