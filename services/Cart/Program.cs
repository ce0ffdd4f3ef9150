using PurchasePlatform.BuildingBlocks;

var builder = WebApplication.CreateBuilder(args);

var app = builder.BuildWithServiceDefaults("cart");

app.Run();

public partial class Program;
