using Dapr.Client.Autogen.Grpc.v1;
using Grpc.Core;
using LocalDapr.Runtime;

namespace LocalDapr.Api.GrpcApi;

/// <summary>The secrets RPCs.</summary>
public sealed partial class DaprGrpcService
{
    internal async Task<GetSecretResponse> GetSecretAsync(AppSidecar sidecar, GetSecretRequest request, ServerCallContext context)
    {
        var values = await sidecar.Secrets.GetAsync(request.StoreName, request.Key, context.CancellationToken);
        var response = new GetSecretResponse();
        response.Data.AddAll(values);
        return response;
    }

    internal async Task<GetBulkSecretResponse> GetBulkSecretAsync(AppSidecar sidecar, GetBulkSecretRequest request, ServerCallContext context)
    {
        var secrets = await sidecar.Secrets.GetBulkAsync(request.StoreName, context.CancellationToken);
        var response = new GetBulkSecretResponse();
        foreach (var (name, values) in secrets)
        {
            var secret = new SecretResponse();
            secret.Secrets.AddAll(values);
            response.Data[name] = secret;
        }

        return response;
    }
}
