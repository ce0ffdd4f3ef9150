namespace PurchasePlatform.Orchestrator;

/// <summary>The orchestrator's settings ("Orchestrator" section); retries are <see cref="Saga.SagaRetryPolicy"/>.</summary>
public sealed class OrchestratorOptions
{
    public const string SectionName = "Orchestrator";

    public string StateStore { get; set; } = "statestore";

    public string PubSub { get; set; } = "pubsub";

    /// <summary>The saga reminder's period: how soon a saga interrupted by a crash runs again.</summary>
    public TimeSpan ResumeInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Each call to another service gives up after this long (then it is retried as unavailable).</summary>
    public TimeSpan CallTimeout { get; set; } = TimeSpan.FromSeconds(30);

    public int MaxLines { get; set; } = 20;

    public int MaxQuantity { get; set; } = 100;

    public string InventoryAppId { get; set; } = "inventory";

    public string CatalogAppId { get; set; } = "catalog";

    public string OrdersAppId { get; set; } = "orders";

    public string PaymentsAppId { get; set; } = "payments";

    public bool IsValid() => ResumeInterval > TimeSpan.Zero && CallTimeout > TimeSpan.Zero && MaxLines > 0 && MaxQuantity > 0;
}
