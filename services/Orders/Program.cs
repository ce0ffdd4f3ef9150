using PurchasePlatform.BuildingBlocks;

var builder = WebApplication.CreateBuilder(args);

var app = builder.BuildWithServiceDefaults("orders");

app.Run();

public partial class Program;
