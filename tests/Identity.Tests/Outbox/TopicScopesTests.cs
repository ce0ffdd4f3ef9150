using System.Reflection;
using PurchasePlatform.Identity.Infrastructure.Outbox;
using PurchasePlatform.TestSupport;

namespace PurchasePlatform.Identity.Tests.Outbox;

/// <summary>
/// The pub/sub components let Identity publish exactly its user events: a topic missing there would be refused with 403
/// (daprd's publishing scopes), and its outbox would retry it forever.
/// </summary>
public sealed class TopicScopesTests
{
    private static readonly IReadOnlySet<string> UserTopics = typeof(UserEventTypes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(field => field.IsLiteral && field.FieldType == typeof(string))
        .Select(field => UserEventTypes.TopicOf((string)field.GetRawConstantValue()!))
        .ToHashSet();

    [Fact]
    public void Every_pubsub_component_lets_identity_publish_exactly_its_user_events()
    {
        Assert.Contains("users.password_reset_requested.v1", UserTopics);
        foreach (var (file, topics) in RepositoryPubSubComponents.ScopedTopics("publishingScopes", "identity"))
        {
            Assert.True(topics is not null, $"{file} has no publishingScopes entry for identity");
            Assert.True(topics.SetEquals(UserTopics), $"{file}: granted {string.Join(',', topics.Order())}, published {string.Join(',', UserTopics.Order())}");
        }
    }
}
