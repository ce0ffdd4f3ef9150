using System.Collections.Frozen;

namespace PurchasePlatform.Payments.Providers;

/// <summary>How the simulated provider treats a card (see services/Payments/README.md, "Test cards").</summary>
public enum TestCardBehaviour
{
    Approve,
    Decline,
    InsufficientFunds,
    /// <summary>Never answers: every attempt runs into the timeout.</summary>
    Timeout,
    /// <summary>The first attempt per idempotency key fails transiently, the next ones are approved.</summary>
    Flaky,
    /// <summary>Every attempt fails transiently (the provider is down).</summary>
    Unavailable,
}

public sealed record TestCard(string Token, string Number, string Brand, TestCardBehaviour Behaviour)
{
    public string Last4 => Number[^4..];
}

/// <summary>The simulated provider's documented test tokens and the card numbers that tokenize to them.</summary>
public static class TestCards
{
    public const int ExpiryMonth = 12;
    public const int ExpiryYear = 2030;

    public static readonly IReadOnlyList<TestCard> All =
    [
        new("tok_success", "4111111111111111", "visa", TestCardBehaviour.Approve),
        new("tok_visa", "4242424242424242", "visa", TestCardBehaviour.Approve),
        new("tok_mastercard", "5555555555554444", "mastercard", TestCardBehaviour.Approve),
        new("tok_decline", "4000000000000002", "visa", TestCardBehaviour.Decline),
        new("tok_insufficient_funds", "4000000000009995", "visa", TestCardBehaviour.InsufficientFunds),
        new("tok_timeout", "4000000000000341", "visa", TestCardBehaviour.Timeout),
        new("tok_flaky", "4000000000001976", "visa", TestCardBehaviour.Flaky),
        new("tok_unavailable", "4000000000000119", "visa", TestCardBehaviour.Unavailable),
    ];

    private static readonly FrozenDictionary<string, TestCard> ByToken = All.ToFrozenDictionary(card => card.Token, StringComparer.Ordinal);
    private static readonly FrozenDictionary<string, TestCard> ByNumber = All.ToFrozenDictionary(card => card.Number, StringComparer.Ordinal);

    public static TestCard? FindToken(string token) => ByToken.GetValueOrDefault(token);

    public static TestCard? FindNumber(string number) => ByNumber.GetValueOrDefault(number);
}
