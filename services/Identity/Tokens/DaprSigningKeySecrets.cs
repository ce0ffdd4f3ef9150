using Dapr;
using Dapr.Client;
using Grpc.Core;
using Microsoft.Extensions.Options;

namespace PurchasePlatform.Identity.Tokens;

/// <summary>Signing-key secrets from the Dapr secret store (<see cref="IdentityTokenOptions.SecretStore"/>).</summary>
internal sealed class DaprSigningKeySecrets(DaprClient dapr, IOptions<IdentityTokenOptions> options) : ISigningKeySecrets
{
    private int sidecarSeen;

    public async Task<string> GetAsync(string name, CancellationToken cancellationToken)
    {
        await WaitForSidecarOnceAsync(cancellationToken);
        Dictionary<string, string> values;
        try
        {
            values = await dapr.GetSecretAsync(options.Value.SecretStore, name, cancellationToken: cancellationToken);
        }
        catch (DaprException ex) when (ex.InnerException is RpcException rpc)
        {
            // The SDK's own message only says "see InnerException"; the sidecar's detail says what is wrong.
            throw new InvalidOperationException($"Dapr answered {rpc.StatusCode}: {rpc.Status.Detail}", ex);
        }

        // Stores answer {name: value}; some multi-valued stores use another inner key for a single value.
        if (values.TryGetValue(name, out var value))
        {
            return value;
        }

        if (values.Count == 1)
        {
            return values.Values.Single();
        }

        throw new KeyNotFoundException($"the store returned {values.Count} values and none named '{name}'");
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
