using System.Net;
using Dapr.Client.Autogen.Grpc.v1;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Logging;
using PurchasePlatform.TestSupport;

namespace LocalDapr.Tests.Grpc;

/// <summary>The deprecated InvokeService RPC, forwarded to an HTTP app ("inventory").</summary>
public sealed class GrpcInvokeServiceTests : GrpcSidecarTest
{
    private WebApplication? _targetApp;

    internal override async Task<GrpcSidecarHost> StartHostAsync()
    {
        var port = LoopbackPorts.Free();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, port, l => l.Protocols = HttpProtocols.Http1));
        _targetApp = builder.Build();
        _targetApp.MapPost("/stock/{sku}", async (HttpContext context, string sku) =>
        {
            var body = await new StreamReader(context.Request.Body).ReadToEndAsync();
            return Results.Text($"{sku}|{context.Request.Query["warehouse"]}|{body}|{context.Request.Headers["dapr-caller-app-id"]}", "text/plain");
        });
        await _targetApp.StartAsync();
        return await GrpcSidecarHost.StartAsync(targetAppPort: port);
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        if (_targetApp is not null) await _targetApp.DisposeAsync();
    }

    [Fact]
    public async Task The_call_reaches_the_app_with_verb_query_and_body_and_its_answer_comes_back()
    {
        var call = RawClient.InvokeServiceAsync(Request("stock/sku-7", HTTPExtension.Types.Verb.Post, "warehouse=north", "count=3"));

        var response = await call.ResponseAsync;

        Assert.Equal("sku-7|north|count=3|checkout", response.Data.Value.ToStringUtf8());
        Assert.StartsWith("text/plain", response.ContentType);
        Assert.Equal("200", (await call.ResponseHeadersAsync).GetValue("dapr-http-status"));
    }

    [Fact]
    public async Task An_app_error_status_becomes_the_matching_grpc_status()
    {
        var call = RawClient.InvokeServiceAsync(Request("no/such/route", HTTPExtension.Types.Verb.Post, "", ""));

        var error = await Assert.ThrowsAsync<RpcException>(() => call.ResponseAsync);

        Assert.Equal(StatusCode.NotFound, error.StatusCode);
        Assert.Equal("404", (await call.ResponseHeadersAsync).GetValue("dapr-http-status"));
    }

    [Fact]
    public async Task A_call_without_an_http_verb_is_refused_as_daprd_does_for_http_apps()
    {
        var error = await Assert.ThrowsAsync<RpcException>(async () =>
            await RawClient.InvokeServiceAsync(new InvokeServiceRequest { Id = GrpcSidecarHost.TargetAppId, Message = new InvokeRequest { Method = "stock/sku-7" } }));

        Assert.Equal(StatusCode.Internal, error.StatusCode);
        Assert.Contains("HTTP", error.Status.Detail);
    }

    private static InvokeServiceRequest Request(string method, HTTPExtension.Types.Verb verb, string query, string body) => new()
    {
        Id = GrpcSidecarHost.TargetAppId,
        Message = new InvokeRequest
        {
            Method = method,
            ContentType = "text/plain",
            Data = new Any { Value = ByteString.CopyFromUtf8(body) },
            HttpExtension = new HTTPExtension { Verb = verb, Querystring = query },
        },
    };
}
