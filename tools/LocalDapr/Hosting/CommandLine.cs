namespace LocalDapr.Hosting;

/// <summary>
/// The flags of <c>dapr run</c> that mean the same thing here: <c>-f|--run-file</c>, <c>--resources-path</c> (repeatable,
/// alias <c>--components-path</c>). With no flags: <c>./dapr.yaml</c> with <c>components/embedded</c>.
/// </summary>
public sealed record CommandLine(string RunFile, IReadOnlyList<string> ResourcesPaths, bool ShowHelp)
{
    public const string Usage = """
        LocalDapr: a local stand-in for daprd that runs a Dapr multi-app run file.

        usage: LocalDapr [run] [-f|--run-file <dapr.yaml or folder>] [--resources-path <dir>]...

          (no flags)             run the nearest dapr.yaml (this folder or above) with the embedded components (components/embedded: SQLite, in-memory pub/sub)
          -f <file>              run that file with the resources it names (e.g. components/ with Redis)
          --resources-path <dir> use these component folders instead (repeatable)
        """;

    public static CommandLine Parse(IReadOnlyList<string> args)
    {
        string? runFile = null;
        var resources = new List<string>();
        var showHelp = false;
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "run" when i == 0:
                    break;
                case "-f" or "--run-file":
                    runFile = Value(args, ref i);
                    break;
                case "--resources-path" or "--components-path" or "-d":
                    resources.Add(Value(args, ref i));
                    break;
                case "-h" or "--help":
                    showHelp = true;
                    break;
                default:
                    throw new ArgumentException($"unknown argument '{args[i]}'\n\n{Usage}");
            }
        }

        if (runFile is null)
        {
            runFile = FindRunFile(Environment.CurrentDirectory);
            if (resources.Count == 0) resources.Add(Path.Combine(Path.GetDirectoryName(runFile)!, "components", "embedded"));
        }

        return new CommandLine(runFile, resources, showHelp);
    }

    /// <summary>dapr.yaml in this folder or the nearest one above it (`dotnet run --project` starts in the project folder).</summary>
    private static string FindRunFile(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "dapr.yaml");
            if (File.Exists(candidate)) return candidate;
        }

        return Path.Combine(start, "dapr.yaml");
    }

    private static string Value(IReadOnlyList<string> args, ref int i) =>
        i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{args[i]} needs a value\n\n{Usage}");
}
