using PurchasePlatform.BuildingBlocks;

var builder = WebApplication.CreateBuilder(args);

var app = builder.BuildWithServiceDefaults("inventory");

app.Run();

public partial class Program;
