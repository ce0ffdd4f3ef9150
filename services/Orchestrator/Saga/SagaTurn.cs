namespace PurchasePlatform.Orchestrator.Saga;

/// <summary>What the host does after a step: run the next one, wait until <see cref="PurchaseState.NextAttemptAt"/>, or stop.</summary>
public enum SagaTurn
{
    Continue,
    Wait,
    Finished,
}
