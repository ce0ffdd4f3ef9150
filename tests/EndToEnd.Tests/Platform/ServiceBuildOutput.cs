namespace EndToEnd.Tests.Platform;

/// <summary>
/// Where a service's build output lies, next to the output of the program that starts it: the classic layout
/// (services/X/bin/&lt;Configuration&gt;/net10.0/X.dll) or `--artifacts-path` (&lt;artifacts&gt;/bin/X/&lt;pivot&gt;/X.dll),
/// both built by the same build as the caller (its project references the services for build order only).
/// </summary>
public static class ServiceBuildOutput
{
    public static string AssemblyOf(string appDirPath)
    {
        var project = Path.GetFileNameWithoutExtension(Directory.GetFiles(appDirPath, "*.csproj").Single());
        var callerOutput = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var pivot = callerOutput.Name;
        var artifactsBin = callerOutput.Parent?.Parent;
        if (artifactsBin is { Name: "bin" })
        {
            var artifacts = Path.Combine(artifactsBin.FullName, project, pivot, project + ".dll");
            if (File.Exists(artifacts)) return artifacts;
        }

        var configuration = callerOutput.Parent!.Name; // bin/<Configuration>/net10.0/
        return Path.Combine(appDirPath, "bin", configuration, "net10.0", project + ".dll");
    }
}
