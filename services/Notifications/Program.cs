using PurchasePlatform.BuildingBlocks;

var builder = WebApplication.CreateBuilder(args);

var app = builder.BuildWithServiceDefaults("notifications");

app.Run();

public partial class Program;
