using PurchasePlatform.TestSupport;

namespace PurchasePlatform.Identity.Tests.Tokens;

/// <summary>
/// A LocalDapr sidecar for app "identity" with the local-file secret store named "secretstore", configured like
/// components/secretstore.yaml (nested keys flattened with ":"), over a JSON file the test writes.
/// </summary>
public sealed class DaprSecretStore : IAsyncDisposable
{
    private const string AppId = "identity";

    private readonly TestRun run;
    private readonly string secretsFile;

    private DaprSecretStore(TestRun run, string secretsFile)
    {
        this.run = run;
        this.secretsFile = secretsFile;
    }

    /// <summary>DAPR_HTTP_ENDPOINT and DAPR_GRPC_ENDPOINT for the app.</summary>
    public IDictionary<string, string?> AppSettings => new Dictionary<string, string?>
    {
        ["DAPR_HTTP_ENDPOINT"] = run.HttpEndpoint(AppId),
        ["DAPR_GRPC_ENDPOINT"] = run.GrpcEndpoint(AppId),
    };

    /// <param name="secretsJson">The secrets file's content.</param>
    public static async Task<DaprSecretStore> StartAsync(string secretsJson)
    {
        var secretsFile = Path.Combine(Path.GetTempPath(), $"identity-secrets-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(secretsFile, secretsJson);
        try
        {
            var run = await TestRun.StartAsync(
                new Dictionary<string, string>
                {
                    ["secretstore.yaml"] = LocalSecrets.Component(secretsFile),
                },
                new Dictionary<string, int?> { [AppId] = null });
            return new DaprSecretStore(run, secretsFile);
        }
        catch
        {
            File.Delete(secretsFile);
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await run.DisposeAsync();
        File.Delete(secretsFile);
    }
}
