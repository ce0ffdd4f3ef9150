namespace LocalDapr.Runtime.Delivery;

/// <summary>How one delivery attempt to the app ended (dapr/dapr postman/http: 2xx status body, 404 drop, other retry).</summary>
public enum AppDeliveryOutcome
{
    Success,
    Retry,
    Drop,
}
