namespace PurchasePlatform.Orchestrator.Saga;

/// <summary>What one call of a step gave.</summary>
public abstract record StepResult
{
    /// <summary>Done; steps with an answer use <see cref="StepResult{T}"/>.</summary>
    public static readonly StepResult Done = new Succeeded();

    /// <summary>The business said no (sold out, card declined): not retried, the saga compensates.</summary>
    public static StepResult Rejected(string reason) => new Refused(reason);

    /// <summary>Could not be done now (service down, timeout): retried with backoff.</summary>
    public static StepResult Transient(string error) => new Unavailable(error);

    public sealed record Succeeded : StepResult;

    public sealed record Refused(string Reason) : StepResult;

    public sealed record Unavailable(string Error) : StepResult;
}

/// <summary>A step's outcome carrying the step's answer when it succeeded.</summary>
public sealed record StepResult<T>(StepResult Outcome, T? Value)
{
    public static StepResult<T> Of(T value) => new(StepResult.Done, value);

    public static StepResult<T> Rejected(string reason) => new(StepResult.Rejected(reason), default);

    public static StepResult<T> Transient(string error) => new(StepResult.Transient(error), default);
}
