using LocalDapr.Components;
using PurchasePlatform.TestSupport;

namespace LocalDapr.Tests.Configuration;

/// <summary>Bad resources stop start-up with an error that names the file and the field.</summary>
public sealed class StartupErrorTests
{
    [Fact]
    public async Task Unknown_component_type_names_the_file_and_spec_type()
    {
        var error = await StartFailsAsync(("queue.yaml", Yaml.Component("queue", "pubsub.rabbitmq")));
        Assert.EndsWith("queue.yaml", error.File);
        Assert.Equal("spec.type", error.Field);
        Assert.Contains("pubsub.rabbitmq", error.Message);
    }

    [Fact]
    public async Task Missing_required_metadata_names_the_field()
    {
        var error = await StartFailsAsync(("state.yaml", Yaml.Component("statestore", "state.redis")));
        Assert.EndsWith("state.yaml", error.File);
        Assert.Equal("spec.metadata.redisHost", error.Field);
    }

    [Fact]
    public async Task Missing_name_and_bad_yaml_are_reported_with_their_file()
    {
        var noName = await StartFailsAsync(("a.yaml", "apiVersion: dapr.io/v1alpha1\nkind: Component\nmetadata: {}\nspec:\n  type: state.in-memory\n  version: v1\n"));
        Assert.Equal("metadata.name", noName.Field);

        var broken = await StartFailsAsync(("b.yaml", "kind: Component\nmetadata: [unclosed\n"));
        Assert.EndsWith("b.yaml", broken.File);
    }

    [Fact]
    public async Task A_secret_reference_that_does_not_resolve_stops_start_up()
    {
        var secretsFile = Path.Combine(Path.GetTempPath(), $"secrets-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(secretsFile, """{"redis":{"password":"s3cret"}}""");
        try
        {
            var store = Yaml.Component("secretstore", "secretstores.local.file", ("secretsFile", secretsFile));
            var state = """
                apiVersion: dapr.io/v1alpha1
                kind: Component
                metadata:
                  name: statestore
                spec:
                  type: state.in-memory
                  version: v1
                  metadata:
                  - name: somePassword
                    secretKeyRef:
                      name: redis:missing
                auth:
                  secretStore: secretstore
                """;
            var error = await StartFailsAsync(("secretstore.yaml", store), ("state.yaml", state));
            Assert.EndsWith("state.yaml", error.File);
            Assert.Equal("spec.metadata[0].secretKeyRef", error.Field);
        }
        finally
        {
            File.Delete(secretsFile);
        }
    }

    [Fact]
    public async Task Duplicate_component_names_are_refused()
    {
        var error = await StartFailsAsync(("a.yaml", Yaml.InMemoryState("store")), ("b.yaml", Yaml.InMemoryState("store")));
        Assert.EndsWith("b.yaml", error.File);
        Assert.Equal("metadata.name", error.Field);
    }

    private static async Task<ComponentConfigurationException> StartFailsAsync(params (string Name, string Yaml)[] files) =>
        await Assert.ThrowsAsync<ComponentConfigurationException>(async () =>
        {
            await using var run = await TestRun.StartAsync(files.ToDictionary(f => f.Name, f => f.Yaml), new Dictionary<string, int?> { ["app"] = null });
        });
}
