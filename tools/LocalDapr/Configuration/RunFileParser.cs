using LocalDapr.Components;
using YamlDotNet.RepresentationModel;

namespace LocalDapr.Configuration;

/// <summary>
/// Reads dapr.yaml as the Dapr CLI does (dapr/cli pkg/runfileconfig): <c>common</c> fields apply to every app
/// unless the app sets them; <c>env</c> maps merge, the app's entries winning; relative paths are relative to the
/// run file's folder.
/// </summary>
public static class RunFileParser
{
    public static RunFile Parse(string path, IReadOnlyList<string>? resourcesPathOverride = null)
    {
        var file = Path.GetFullPath(path);
        if (Directory.Exists(file)) file = Path.Combine(file, "dapr.yaml");
        if (!File.Exists(file)) throw new ComponentConfigurationException(file, null, "run file not found");

        var documents = YamlNodes.LoadDocuments(file);
        if (documents.Count != 1) throw new ComponentConfigurationException(file, null, "a run file holds exactly one YAML document");
        var root = documents[0];
        var baseDir = Path.GetDirectoryName(file)!;

        var version = root.Int("version", file, "version");
        if (version is not 1) throw new ComponentConfigurationException(file, "version", "must be 1");

        var common = root.Mapping("common", file, "common") ?? new YamlMappingNode();
        var appNodes = root.Sequence("apps", file, "apps");
        if (appNodes is null || appNodes.Children.Count == 0) throw new ComponentConfigurationException(file, "apps", "needs at least one app");

        var apps = new List<AppDefinition>();
        for (var i = 0; i < appNodes.Children.Count; i++)
        {
            if (appNodes.Children[i] is not YamlMappingNode app)
                throw new ComponentConfigurationException(file, $"apps[{i}]", "must be a mapping");
            apps.Add(ParseApp(app, common, file, baseDir, $"apps[{i}]", resourcesPathOverride));
        }

        var duplicate = apps.GroupBy(a => a.AppId, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null) throw new ComponentConfigurationException(file, "apps", $"app id '{duplicate.Key}' appears more than once");
        return new RunFile(file, apps);
    }

    private static AppDefinition ParseApp(YamlMappingNode app, YamlMappingNode common, string file, string baseDir, string at,
        IReadOnlyList<string>? resourcesPathOverride)
    {
        var appDir = app.RequiredScalar("appDirPath", file, $"{at}.appDirPath");
        var appDirPath = Path.GetFullPath(Path.Combine(baseDir, appDir));
        if (!Directory.Exists(appDirPath))
            throw new ComponentConfigurationException(file, $"{at}.appDirPath", $"folder '{appDirPath}' does not exist");

        var appId = app.Scalar("appID", file, $"{at}.appID") ?? Path.GetFileName(appDirPath.TrimEnd(Path.DirectorySeparatorChar)).ToLowerInvariant();

        string? Shared(string name) => app.Scalar(name, file, $"{at}.{name}") ?? common.Scalar(name, file, $"common.{name}");

        var env = common.StringMap("env", file, "common.env");
        foreach (var (key, value) in app.StringMap("env", file, $"{at}.env")) env[key] = value;

        IReadOnlyList<string> resources;
        if (resourcesPathOverride is { Count: > 0 })
        {
            resources = resourcesPathOverride.Select(p => Path.GetFullPath(p)).ToList();
        }
        else
        {
            var paths = app.Strings("resourcesPaths", file, $"{at}.resourcesPaths").Concat(app.Strings("resourcesPath", file, $"{at}.resourcesPath")).ToList();
            if (paths.Count == 0)
                paths = common.Strings("resourcesPaths", file, "common.resourcesPaths").Concat(common.Strings("resourcesPath", file, "common.resourcesPath")).ToList();
            resources = paths.Select(p => Path.GetFullPath(Path.Combine(baseDir, p))).ToList();
        }

        foreach (var folder in resources.Where(f => !Directory.Exists(f)))
            throw new ComponentConfigurationException(file, $"{at}.resourcesPath", $"folder '{folder}' does not exist");

        return new AppDefinition(
            appId,
            appDirPath,
            PositivePort(app.Int("appPort", file, $"{at}.appPort")),
            PositivePort(app.Int("daprHTTPPort", file, $"{at}.daprHTTPPort")),
            PositivePort(app.Int("daprGRPCPort", file, $"{at}.daprGRPCPort")),
            app.Strings("command", file, $"{at}.command"),
            env,
            resources,
            Shared("appProtocol") ?? "http",
            Shared("appHealthCheckPath"),
            (app.Bool("enableAppHealthCheck", file, $"{at}.enableAppHealthCheck") ?? common.Bool("enableAppHealthCheck", file, "common.enableAppHealthCheck")) ?? false,
            Shared("logLevel"));
    }

    private static int? PositivePort(int? port) => port is > 0 ? port : null;
}
