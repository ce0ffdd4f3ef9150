using PurchasePlatform.BuildingBlocks;
using PurchasePlatform.Cart;
using PurchasePlatform.Cart.Apis;
using PurchasePlatform.Cart.Coupons;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddCart(builder.Configuration);

var app = builder.BuildWithServiceDefaults("cart");

// A wrong coupon definition stops the start, not the first request that meets it.
app.Services.GetRequiredService<CouponBook>();

app.MapCartApi();
app.MapInternalCartsApi();

app.Run();

public partial class Program;
