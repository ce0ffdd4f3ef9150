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

          (no flags)             run ./dapr.yaml with the embedded components (components/embedded: SQLite, in-memory pub/sub)
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
            runFile = Path.GetFullPath("dapr.yaml");
            if (resources.Count == 0) resources.Add(Path.Combine(Path.GetDirectoryName(runFile)!, "components", "embedded"));
        }

        return new CommandLine(runFile, resources, showHelp);
    }

    private static string Value(IReadOnlyList<string> args, ref int i) =>
        i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{args[i]} needs a value\n\n{Usage}");
}
