using Dapr;
using Dapr.Client;
using Grpc.Core;
using Microsoft.Extensions.Options;
using PurchasePlatform.BuildingBlocks.Secrets;

namespace PurchasePlatform.Identity.Tokens;

/// <summary>Signing-key secrets from the Dapr secret store (<see cref="IdentityTokenOptions.SecretStore"/>).</summary>
internal sealed class DaprSigningKeySecrets(DaprClient dapr, IOptions<IdentityTokenOptions> options) : ISigningKeySecrets
{
    private int sidecarSeen;

    public async Task<string> GetAsync(string name, CancellationToken cancellationToken)
    {
        await WaitForSidecarOnceAsync(cancellationToken);
        var address = SecretAddress.Parse(name);
        Dictionary<string, string> values;
        try
        {
            values = await dapr.GetSecretAsync(options.Value.SecretStore, address.Secret, cancellationToken: cancellationToken);
        }
        catch (DaprException ex) when (ex.InnerException is RpcException rpc)
        {
            // The SDK's own message only says "see InnerException"; the sidecar's detail says what is wrong.
            throw new InvalidOperationException($"Dapr answered {rpc.StatusCode}: {rpc.Status.Detail}", ex);
        }

        return address.ValueIn(values) ?? throw new KeyNotFoundException($"the secret '{address.Secret}' has no value '{address.Key}'");
    }

    // At start-up the app can be up before its sidecar answers (dapr run starts both at once).
    private async Task WaitForSidecarOnceAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref sidecarSeen) == 1)
        {
            return;
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Value.SidecarWaitTimeout);
        try
        {
            await dapr.WaitForSidecarAsync(timeout.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"the Dapr sidecar did not answer within {options.Value.SidecarWaitTimeout}");
        }

        Volatile.Write(ref sidecarSeen, 1);
    }
}
