namespace PurchasePlatform.Orchestrator.Steps;

/// <summary>The named HttpClients of the services the saga calls (Dapr invocation with the orchestrator's own token).</summary>
public static class ServiceClients
{
    public const string Inventory = "inventory";
    public const string Catalog = "catalog";
    public const string Orders = "orders";
    public const string Payments = "payments";

    /// <summary>Payments with the customer's token instead (their saved methods), for the start of a purchase.</summary>
    public const string PaymentsAsCustomer = "payments-customer";
}
