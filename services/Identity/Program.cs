using PurchasePlatform.BuildingBlocks;
using PurchasePlatform.BuildingBlocks.Persistence;
using PurchasePlatform.Identity.Apis;
using PurchasePlatform.Identity.Apis.Auth;
using PurchasePlatform.Identity.Apis.InternalUsers;
using PurchasePlatform.Identity.Apis.Users;
using PurchasePlatform.Identity.Infrastructure;
using PurchasePlatform.Identity.Infrastructure.Persistence;
using PurchasePlatform.Identity.Tokens;
using PurchasePlatform.Identity.Tokens.ClientCredentials;

var builder = WebApplication.CreateBuilder(args);

// Identity's bodies are small; anything bigger is refused with 413 before it is read.
builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = IdentityLimits.MaxRequestBodyBytes);
builder.Services.AddIdentityTokens(builder.Configuration);
builder.Services.AddClientCredentials(builder.Configuration);
builder.Services.AddIdentityInfrastructure(builder.Configuration);
builder.Services.AddScoped<IdentityServices>();

var app = builder.BuildWithServiceDefaults("identity");

app.MapTokenDiscovery();
app.MapAuthApi();
app.MapClientCredentialsApi();
app.MapUsersApi();
app.MapInternalUsersApi();

await app.Services.GetRequiredService<DatabaseStartup<IdentityDbContext>>().RunAsync(app.Lifetime.ApplicationStopping);

app.Run();

public partial class Program;
