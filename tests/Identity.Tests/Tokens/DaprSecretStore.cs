using LocalDapr.Configuration;
using LocalDapr.Hosting;
using Microsoft.Extensions.Logging;

namespace PurchasePlatform.Identity.Tests.Tokens;

/// <summary>
/// A LocalDapr sidecar for app "identity" with the local-file secret store named "secretstore", configured like
/// components/secretstore.yaml (nested keys flattened with ":"), over a JSON file the test writes.
/// </summary>
public sealed class DaprSecretStore : IAsyncDisposable
{
    private readonly SidecarHost host;
    private readonly string directory;

    private DaprSecretStore(SidecarHost host, string directory)
    {
        this.host = host;
        this.directory = directory;
    }

    /// <summary>DAPR_HTTP_ENDPOINT and DAPR_GRPC_ENDPOINT for the app.</summary>
    public IDictionary<string, string?> AppSettings
    {
        get
        {
            var sidecar = host.Registry.ByAppId("identity")!;
            return new Dictionary<string, string?>
            {
                ["DAPR_HTTP_ENDPOINT"] = $"http://127.0.0.1:{sidecar.HttpPort}",
                ["DAPR_GRPC_ENDPOINT"] = $"http://127.0.0.1:{sidecar.GrpcPort}",
            };
        }
    }

    /// <param name="secretsJson">The secrets file's content.</param>
    public static async Task<DaprSecretStore> StartAsync(string secretsJson)
    {
        var directory = Path.Combine(Path.GetTempPath(), "identity-secrets-" + Guid.NewGuid().ToString("N"));
        var components = Directory.CreateDirectory(Path.Combine(directory, "components")).FullName;
        var secretsFile = Path.Combine(directory, "local-secrets.json");
        await File.WriteAllTextAsync(secretsFile, secretsJson);
        await File.WriteAllTextAsync(Path.Combine(components, "secretstore.yaml"), $"""
            apiVersion: dapr.io/v1alpha1
            kind: Component
            metadata:
              name: secretstore
            spec:
              type: secretstores.local.file
              version: v1
              metadata:
                - name: secretsFile
                  value: {secretsFile}
                - name: nestedSeparator
                  value: ":"
            """);

        var app = new AppDefinition("identity", directory, null, null, null, [], new Dictionary<string, string>(), [components], "http", null, false, null);
        var host = await SidecarHost.StartAsync(new SidecarHostOptions
        {
            Apps = [app],
            LoggerFactory = LoggerFactory.Create(logging => logging.SetMinimumLevel(LogLevel.Warning)),
        });
        return new DaprSecretStore(host, directory);
    }

    public async ValueTask DisposeAsync()
    {
        await host.DisposeAsync();
        Directory.Delete(directory, recursive: true);
    }
}
