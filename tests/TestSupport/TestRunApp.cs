namespace PurchasePlatform.TestSupport;

/// <summary>An app in a <see cref="TestRun"/>.</summary>
/// <param name="AppPort">The port the app listens on; null: the app only calls out, its sidecar serves nothing to it.</param>
/// <param name="Env">The app's environment as a run file gives it (DAPR_API_TOKEN here makes its sidecar demand that token).</param>
public sealed record TestRunApp(string AppId, int? AppPort = null, IReadOnlyDictionary<string, string>? Env = null);
