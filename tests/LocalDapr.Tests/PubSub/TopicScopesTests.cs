using LocalDapr.PubSub;

namespace LocalDapr.Tests.PubSub;

public sealed class TopicScopesTests
{
    private static TopicScopes For(string appId, params (string Field, string Value)[] metadata) =>
        TopicScopes.For(appId, metadata.ToDictionary(m => m.Field, m => m.Value));

    [Fact]
    public void An_app_listed_in_publishing_scopes_may_publish_only_its_topics()
    {
        var scopes = For("checkout", ("publishingScopes", "checkout=orders,refunds;billing=invoices"));

        Assert.Equal(["orders", "refunds"], scopes.Publishing);
        Assert.True(scopes.MayPublish("orders"));
        Assert.True(scopes.MayPublish("refunds"));
        Assert.False(scopes.MayPublish("invoices"));
    }

    [Fact]
    public void An_app_not_listed_is_unrestricted()
    {
        var scopes = For("audit", ("publishingScopes", "checkout=orders"), ("subscriptionScopes", "billing=orders"));

        Assert.Empty(scopes.Publishing);
        Assert.True(scopes.MayPublish("anything"));
        Assert.True(scopes.MaySubscribe("anything"));
    }

    [Fact]
    public void An_app_listed_with_no_topics_may_use_none()
    {
        var scopes = For("audit", ("publishingScopes", "checkout=orders;audit="), ("subscriptionScopes", "audit="));

        Assert.False(scopes.MayPublish("orders"));
        Assert.False(scopes.MayPublish("audit"));
        Assert.False(scopes.MaySubscribe("orders"));
    }

    [Fact]
    public void Spaces_are_ignored_and_repeated_entries_for_an_app_are_merged_without_repeats()
    {
        var scopes = For("checkout", ("publishingScopes", " checkout = orders , refunds ; billing=invoices; checkout=refunds,payments "));

        Assert.Equal(["orders", "refunds", "payments"], scopes.Publishing);
    }

    [Fact]
    public void App_ids_and_topics_are_case_sensitive_but_field_names_are_not()
    {
        var scopes = For("checkout", ("PUBLISHINGSCOPES", "checkout=Orders;Checkout=refunds"));

        Assert.Equal(["Orders"], scopes.Publishing);
        Assert.True(scopes.MayPublish("Orders"));
        Assert.False(scopes.MayPublish("orders"));
        Assert.False(scopes.MayPublish("refunds"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("checkout")]
    [InlineData("billing=orders")]
    public void An_empty_value_or_entries_without_the_app_leave_it_unrestricted(string value)
    {
        var scopes = For("checkout", ("publishingScopes", value), ("subscriptionScopes", value));

        Assert.True(scopes.MayPublish("orders"));
        Assert.True(scopes.MaySubscribe("refunds"));
    }

    [Fact]
    public void Allowed_topics_refuse_every_other_topic_for_every_app()
    {
        var scopes = For("audit", ("allowedTopics", " orders , refunds "));

        Assert.Equal(["orders", "refunds"], scopes.Allowed);
        Assert.True(scopes.MayPublish("orders"));
        Assert.True(scopes.MaySubscribe("refunds"));
        Assert.False(scopes.MayPublish("shipments"));
        Assert.False(scopes.MaySubscribe("shipments"));
    }

    [Fact]
    public void Scopes_still_apply_within_allowed_topics()
    {
        var scopes = For("checkout", ("allowedTopics", "orders,refunds"), ("publishingScopes", "checkout=orders,shipments"));

        Assert.True(scopes.MayPublish("orders"));
        Assert.False(scopes.MayPublish("refunds"));
        Assert.False(scopes.MayPublish("shipments"));
        Assert.True(scopes.MaySubscribe("refunds"));
    }

    [Fact]
    public void A_protected_topic_needs_an_explicit_grant_in_the_matching_scopes()
    {
        var metadata = new[] { ("protectedTopics", "orders"), ("publishingScopes", "checkout=orders"), ("subscriptionScopes", "billing=orders") };

        var checkout = For("checkout", metadata);
        var billing = For("billing", metadata);
        var audit = For("audit", metadata);

        Assert.True(checkout.MayPublish("orders"));
        Assert.False(checkout.MaySubscribe("orders"));
        Assert.True(billing.MaySubscribe("orders"));
        Assert.False(billing.MayPublish("orders"));
        Assert.False(audit.MayPublish("orders"));
        Assert.False(audit.MaySubscribe("orders"));
        Assert.True(audit.MayPublish("refunds"));
    }

    [Fact]
    public void A_topic_both_allowed_and_protected_needs_a_grant()
    {
        var scopes = For("checkout", ("allowedTopics", "orders,refunds"), ("protectedTopics", "orders"), ("subscriptionScopes", "checkout=orders"));

        Assert.True(scopes.MaySubscribe("orders"));
        Assert.False(scopes.MayPublish("orders"));
        Assert.True(scopes.MayPublish("refunds"));
    }

    [Fact]
    public void Without_any_scoping_metadata_everything_is_allowed()
    {
        var scopes = For("checkout", ("redisHost", "localhost:6379"));

        Assert.True(scopes.MayPublish("orders"));
        Assert.True(scopes.MaySubscribe("orders"));
    }
}
