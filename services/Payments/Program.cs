using PurchasePlatform.BuildingBlocks;

var builder = WebApplication.CreateBuilder(args);

var app = builder.BuildWithServiceDefaults("payments");

app.Run();

public partial class Program;
