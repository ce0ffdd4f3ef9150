using System.Diagnostics;
using System.Text.Json.Nodes;
using EndToEnd.Tests.Platform;

namespace EndToEnd.Tests.Tooling;

/// <summary>tools/dev-secrets.sh, run on a copy of the script in a temporary folder (the repository's own file is left alone).</summary>
public sealed class DevSecretsTests : IDisposable
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "dev-secrets-" + Guid.NewGuid().ToString("N"));

    public DevSecretsTests()
    {
        Directory.CreateDirectory(Path.Combine(root, "tools"));
        File.Copy(Path.Combine(LocalPlatform.RepositoryRoot, "tools", "dev-secrets.sh"), Path.Combine(root, "tools", "dev-secrets.sh"));
    }

    private string SecretsFile => Path.Combine(root, "secrets", "local-secrets.json");

    [Fact]
    public async Task A_fresh_file_holds_one_secret_per_owner_and_the_client_secrets_match_on_both_sides()
    {
        await RunAsync();
        var file = Read();

        Assert.StartsWith("-----BEGIN PRIVATE KEY-----", file["identity"]!["signingKey"]!.GetValue<string>());
        Assert.StartsWith("Adm1n-", file["identity"]!["adminPassword"]!.GetValue<string>());
        Assert.NotEmpty(file["cart"]!["snapshotSecret"]!.GetValue<string>());
        Assert.Equal(32, Convert.FromBase64String(file["notifications"]!["webhookSecretKey"]!.GetValue<string>()).Length);
        foreach (var client in new[] { "orchestrator", "payments" })
        {
            Assert.Equal(file["identity-clients"]![client]!.GetValue<string>(), file[client]!["clientSecret"]!.GetValue<string>());
        }

        Assert.DoesNotContain(file, entry => entry.Key.Contains(':', StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_file_in_the_old_flat_layout_keeps_its_values_in_the_new_one_and_a_second_run_changes_nothing()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(SecretsFile)!);
        await File.WriteAllTextAsync(SecretsFile, new JsonObject
        {
            ["identity:signingKey"] = "old-pem",
            ["identity:adminPassword"] = "old-admin",
            ["identity:clients:orchestrator"] = "old-client",
            ["orchestrator:clientSecret"] = "old-client",
            ["cart:snapshotSecret"] = "old-hmac",
        }.ToJsonString());

        await RunAsync();
        var migrated = await File.ReadAllTextAsync(SecretsFile);
        await RunAsync();
        var file = Read();

        Assert.Equal("old-pem", file["identity"]!["signingKey"]!.GetValue<string>());
        Assert.Equal("old-admin", file["identity"]!["adminPassword"]!.GetValue<string>());
        Assert.Equal("old-client", file["identity-clients"]!["orchestrator"]!.GetValue<string>());
        Assert.Equal("old-client", file["orchestrator"]!["clientSecret"]!.GetValue<string>());
        Assert.Equal("old-hmac", file["cart"]!["snapshotSecret"]!.GetValue<string>());
        Assert.Equal(file["identity-clients"]!["payments"]!.GetValue<string>(), file["payments"]!["clientSecret"]!.GetValue<string>());
        Assert.DoesNotContain(file, entry => entry.Key.Contains(':', StringComparison.Ordinal));
        Assert.Equal(migrated, await File.ReadAllTextAsync(SecretsFile));
    }

    private JsonObject Read() => JsonNode.Parse(File.ReadAllText(SecretsFile))!.AsObject();

    private async Task RunAsync()
    {
        using var script = Process.Start(new ProcessStartInfo("bash", [Path.Combine(root, "tools", "dev-secrets.sh")])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var error = script.StandardError.ReadToEndAsync();
        await script.StandardOutput.ReadToEndAsync();
        await script.WaitForExitAsync();
        Assert.True(script.ExitCode == 0, await error);
    }

    public void Dispose() => Directory.Delete(root, recursive: true);
}
