using PurchasePlatform.BuildingBlocks;
using PurchasePlatform.Gateway;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddGateway();

var app = builder.BuildWithServiceDefaults("gateway");
app.UseGateway();

app.Run();

public partial class Program;
