using PurchasePlatform.Orchestrator.Purchases;

namespace PurchasePlatform.Orchestrator.Tests.Purchases;

public sealed class PurchaseRulesTests
{
    private static readonly OrchestratorOptions Options = new() { MaxLines = 3, MaxQuantity = 10 };

    public static TheoryData<StartPurchaseRequest, string?> Requests => new()
    {
        { new(null, [new("p-1", 1), new("p-2", 10)], null), null },
        { new(null, [new("p-1", 1)], "tok_success"), null },
        { new(null, [new("p-1", 1)], "pm-1a2b"), null },
        { new(null, null, null), "products must hold at least one product" },
        { new(null, [], null), "products must hold at least one product" },
        { new(null, [new("a", 1), new("b", 1), new("c", 1), new("d", 1)], null), "products must hold at most 3 products" },
        { new(null, [null], null), "every product needs an id of 1 to 64 letters, digits, '.', '_' or '-'" },
        { new(null, [new("p 1", 1)], null), "every product needs an id of 1 to 64 letters, digits, '.', '_' or '-'" },
        { new(null, [new("p-1", 0)], null), "quantity of p-1 must be from 1 to 10" },
        { new(null, [new("p-1", 11)], null), "quantity of p-1 must be from 1 to 10" },
        { new(null, [new("p-1", null)], null), "quantity of p-1 must be from 1 to 10" },
        { new(null, [new("p-1", 1), new("p-1", 2)], null), "product p-1 is listed twice" },
        { new(null, [new("p-1", 1)], "4111111111111111"), "paymentMethodId must be a saved method (pm-...) or a provider token (tok_...)" },
    };

    [Theory]
    [MemberData(nameof(Requests))]
    public void A_request_breaks_the_first_rule_it_breaks(StartPurchaseRequest request, string? broken) =>
        Assert.Equal(broken, PurchaseRules.Check(request, Options));
}
