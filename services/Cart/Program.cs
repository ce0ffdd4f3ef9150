using PurchasePlatform.BuildingBlocks;
using PurchasePlatform.Cart;
using Microsoft.Extensions.Options;
using PurchasePlatform.Cart.Apis;
using PurchasePlatform.Cart.Apis.Events;
using PurchasePlatform.Cart.Coupons;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddCart(builder.Configuration);

var app = builder.BuildWithServiceDefaults("cart");

// A wrong coupon definition stops the start, not the first request that meets it.
app.Services.GetRequiredService<CouponBook>();

app.MapCartApi();
app.MapInternalCartsApi();
app.MapCartSubscriptions(app.Services.GetRequiredService<IOptions<CartOptions>>().Value.PubSubName);

app.Run();

public partial class Program;
