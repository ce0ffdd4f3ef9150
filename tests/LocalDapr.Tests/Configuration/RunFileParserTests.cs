using LocalDapr.Components;
using LocalDapr.Configuration;

namespace LocalDapr.Tests.Configuration;

public sealed class RunFileParserTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("runfile-").FullName;

    [Fact]
    public void Common_fields_apply_to_every_app_and_app_values_win()
    {
        Directory.CreateDirectory(Path.Combine(_dir, "services", "orders"));
        Directory.CreateDirectory(Path.Combine(_dir, "services", "cart"));
        Directory.CreateDirectory(Path.Combine(_dir, "components"));
        var file = Write("""
            version: 1
            common:
              resourcesPath: ./components
              env:
                ASPNETCORE_ENVIRONMENT: Development
                SHARED: common
            apps:
              - appID: orders
                appDirPath: ./services/orders
                appPort: 5104
                daprHTTPPort: 3504
                daprGRPCPort: 50005
                command: ["dotnet", "run"]
                env:
                  SHARED: mine
              - appDirPath: ./services/cart
            """);

        var run = RunFileParser.Parse(file);

        var orders = run.Apps[0];
        Assert.Equal("orders", orders.AppId);
        Assert.Equal(5104, orders.AppPort);
        Assert.Equal(3504, orders.DaprHttpPort);
        Assert.Equal(50005, orders.DaprGrpcPort);
        Assert.Equal(["dotnet", "run"], orders.Command);
        Assert.Equal("mine", orders.Env["SHARED"]);
        Assert.Equal("Development", orders.Env["ASPNETCORE_ENVIRONMENT"]);
        Assert.Equal(Path.Combine(_dir, "components"), Assert.Single(orders.ResourcesPaths));
        Assert.Equal(Path.Combine(_dir, "services", "orders"), orders.AppDirPath);

        var cart = run.Apps[1];
        Assert.Equal("cart", cart.AppId);
        Assert.Null(cart.AppPort);
        Assert.Equal("common", cart.Env["SHARED"]);
    }

    [Fact]
    public void A_folder_resolves_to_its_dapr_yaml_and_an_override_replaces_resources()
    {
        Directory.CreateDirectory(Path.Combine(_dir, "app"));
        Directory.CreateDirectory(Path.Combine(_dir, "embedded"));
        Write("version: 1\napps:\n  - appID: a\n    appDirPath: ./app\n");

        var run = RunFileParser.Parse(_dir, [Path.Combine(_dir, "embedded")]);

        Assert.Equal(Path.Combine(_dir, "embedded"), Assert.Single(run.Apps[0].ResourcesPaths));
    }

    [Fact]
    public void Missing_app_dir_and_duplicate_ids_are_errors_naming_the_field()
    {
        Write("version: 1\napps:\n  - appID: a\n    appDirPath: ./nowhere\n");
        var missing = Assert.Throws<ComponentConfigurationException>(() => RunFileParser.Parse(_dir));
        Assert.Equal("apps[0].appDirPath", missing.Field);

        Directory.CreateDirectory(Path.Combine(_dir, "x"));
        Write("version: 1\napps:\n  - appID: a\n    appDirPath: ./x\n  - appID: a\n    appDirPath: ./x\n");
        Assert.Equal("apps", Assert.Throws<ComponentConfigurationException>(() => RunFileParser.Parse(_dir)).Field);
    }

    private string Write(string yaml)
    {
        var path = Path.Combine(_dir, "dapr.yaml");
        File.WriteAllText(path, yaml);
        return path;
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}
