using System.Runtime.InteropServices;
using LocalDapr.Components;
using LocalDapr.Configuration;
using LocalDapr.Hosting;

CommandLine commandLine;
try
{
    commandLine = CommandLine.Parse(args);
}
catch (ArgumentException ex)
{
    Console.Error.WriteLine(ex.Message);
    return 2;
}

if (commandLine.ShowHelp)
{
    Console.WriteLine(CommandLine.Usage);
    return 0;
}

SidecarHost host;
try
{
    var runFile = RunFileParser.Parse(commandLine.RunFile, commandLine.ResourcesPaths);
    host = await SidecarHost.StartAsync(new SidecarHostOptions { Apps = runFile.Apps });
}
catch (ComponentConfigurationException ex)
{
    Console.Error.WriteLine($"LocalDapr could not start: {ex.Message}");
    return 1;
}

await using (host)
{
    await using var launcher = new AppLauncher(Console.Out);
    using var stop = CancellationTokenSource.CreateLinkedTokenSource(host.ApplicationStopping);
    ConsoleCancelEventHandler onCtrlC = (_, e) =>
    {
        e.Cancel = true;
        stop.Cancel();
    };
    EventHandler onProcessExit = (_, _) => stop.Cancel();
    Console.CancelKeyPress += onCtrlC;
    AppDomain.CurrentDomain.ProcessExit += onProcessExit;
    using (PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
           {
               context.Cancel = true; // stop the apps first, as for Ctrl+C
               stop.Cancel();
           }))
    {
        foreach (var sidecar in host.Registry.All) launcher.Start(sidecar);
        Console.WriteLine("== LocalDapr == all apps started; press Ctrl+C to stop");

        try
        {
            await Task.Delay(Timeout.Infinite, stop.Token);
        }
        catch (OperationCanceledException)
        {
        }
    }

    // Raised again while stopping, or at process exit, they would cancel a disposed token.
    Console.CancelKeyPress -= onCtrlC;
    AppDomain.CurrentDomain.ProcessExit -= onProcessExit;

    Console.WriteLine("== LocalDapr == stopping apps");
    await launcher.StopAllAsync();
}

Console.WriteLine("== LocalDapr == stopped");
return 0;
