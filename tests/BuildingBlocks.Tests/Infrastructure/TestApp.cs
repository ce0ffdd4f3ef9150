using LocalDapr;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;

namespace PurchasePlatform.BuildingBlocks.Tests.Infrastructure;

/// <summary>A service built with <see cref="ServiceDefaultsExtensions.BuildWithServiceDefaults"/>, hosted in memory.</summary>
public sealed class TestApp : IAsyncDisposable
{
    public const string ServiceName = "testsvc";

    private readonly WebApplication app;

    private TestApp(WebApplication app, CapturingLogSink logs)
    {
        this.app = app;
        Logs = logs;
        Client = app.GetTestClient();
    }

    public HttpClient Client { get; }

    public CapturingLogSink Logs { get; }

    public HandlerCalls HandlerCalls => app.Services.GetRequiredService<HandlerCalls>();

    /// <param name="settings">Configuration on top of the defaults (no sidecar listening, test JWT issuer and audience).</param>
    /// <param name="testSigningKey">
    /// True: trust <see cref="TestTokens.SigningKey"/> with the test issuer and audience. False: the platform's defaults,
    /// keys fetched from the identity app through the sidecar named by the settings' DAPR_HTTP_ENDPOINT.
    /// </param>
    public static async Task<TestApp> StartAsync(IDictionary<string, string?>? settings = null, string environment = "Production", bool testSigningKey = true)
    {
        var builder = CreateBuilder(settings, environment, testSigningKey);
        builder.WebHost.UseTestServer();
        var logs = new CapturingLogSink();
        builder.Services.AddSingleton<ILogEventSink>(logs);

        var app = builder.BuildWithServiceDefaults(ServiceName);
        TestRoutes.Map(app);
        await app.StartAsync();
        return new TestApp(app, logs);
    }

    /// <summary>A builder configured like the test app's, for tests that host it on Kestrel themselves.</summary>
    public static WebApplicationBuilder CreateBuilder(IDictionary<string, string?>? settings = null, string environment = "Production", bool testSigningKey = true)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(TestApp).Assembly.GetName().Name,
            EnvironmentName = environment,
        });

        var configuration = new Dictionary<string, string?>
        {
            ["DAPR_HTTP_ENDPOINT"] = "",
            ["DAPR_HTTP_PORT"] = LoopbackPorts.Free().ToString(),
            ["APP_PORT"] = "",
        };
        if (testSigningKey)
        {
            configuration["Jwt:Issuer"] = TestTokens.Issuer;
            configuration["Jwt:Audience"] = TestTokens.Audience;
        }

        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            configuration[key] = value;
        }

        builder.Configuration.AddInMemoryCollection(configuration);
        builder.Services.AddSingleton<HandlerCalls>();

        if (testSigningKey)
        {
            // How a service that holds its signing keys overrides the defaults: PostConfigure runs after them.
            builder.Services.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme,
                options => options.TokenValidationParameters.IssuerSigningKey = TestTokens.SigningKey);
        }

        return builder;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
