using PurchasePlatform.Notifications.Events;
using PurchasePlatform.TestSupport;

namespace PurchasePlatform.Notifications.Tests.Events;

/// <summary>
/// The pub/sub components grant Notifications exactly the topics its intake subscribes to: a topic missing there would
/// never be delivered (daprd skips a subscription its scopes do not allow), and the token-carrying topics are protected.
/// </summary>
public sealed class TopicScopesTests
{
    public static readonly string[] TokenTopics = ["users.password_reset_requested.v1", "users.email_verification_requested.v1"];

    [Fact]
    public void Every_pubsub_component_grants_notifications_exactly_the_topics_it_subscribes_to()
    {
        foreach (var (file, topics) in RepositoryPubSubComponents.ScopedTopics("subscriptionScopes", "notifications"))
        {
            Assert.True(topics is not null, $"{file} has no subscriptionScopes entry for notifications");
            Assert.True(topics.SetEquals(EventIntakeEndpoints.Topics),
                $"{file}: granted {string.Join(',', topics.Order())}, subscribed {string.Join(',', EventIntakeEndpoints.Topics.Order())}");
        }
    }

    [Fact]
    public void Every_pubsub_component_protects_the_topics_that_carry_one_time_tokens()
    {
        foreach (var (file, topics) in RepositoryPubSubComponents.Topics("protectedTopics"))
        {
            Assert.True(TokenTopics.All(topics.Contains), $"{file} protects {string.Join(',', topics)}");
        }
    }
}
