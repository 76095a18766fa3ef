using ComplianceAuditor.Engine.Labels;

namespace ComplianceAuditor.Engine.Tests.Primitives;

public sealed class LabelSelectorTests
{
    private static readonly LabelSet Web = LabelSet.Of(("app", "web"), ("tier", "front"));

    [Fact]
    public void The_empty_selector_matches_everything()
    {
        Assert.True(LabelSelector.Empty.Matches(LabelSet.Empty));
        Assert.True(LabelSelector.Empty.Matches(Web));
        Assert.True(new LabelSelector(LabelSet.Empty, []).IsEmpty);
        Assert.Equal("{}", LabelSelector.Empty.ToString());
    }

    [Theory]
    [InlineData(LabelSelectorOperator.In, "app", new[] { "web", "db" }, true)]
    [InlineData(LabelSelectorOperator.In, "app", new[] { "db" }, false)]
    [InlineData(LabelSelectorOperator.In, "zone", new[] { "z1" }, false)]
    [InlineData(LabelSelectorOperator.NotIn, "app", new[] { "web" }, false)]
    [InlineData(LabelSelectorOperator.NotIn, "app", new[] { "db" }, true)]
    [InlineData(LabelSelectorOperator.NotIn, "zone", new[] { "z1" }, true)]
    [InlineData(LabelSelectorOperator.Exists, "app", new string[0], true)]
    [InlineData(LabelSelectorOperator.Exists, "zone", new string[0], false)]
    [InlineData(LabelSelectorOperator.DoesNotExist, "app", new string[0], false)]
    [InlineData(LabelSelectorOperator.DoesNotExist, "zone", new string[0], true)]
    public void Each_operator_including_absent_keys(LabelSelectorOperator op, string key, string[] values, bool matches)
    {
        var selector = new LabelSelector(LabelSet.Empty, [new LabelSelectorRequirement(key, op, [.. values])]);

        Assert.Equal(matches, selector.Matches(Web));
    }

    [Fact]
    public void MatchLabels_and_every_expression_must_all_hold()
    {
        var selector = new LabelSelector(
            LabelSet.Of(("app", "web")),
            [new("tier", LabelSelectorOperator.In, ["front", "back"]), new("env", LabelSelectorOperator.DoesNotExist, [])]);

        Assert.True(selector.Matches(Web));
        Assert.False(selector.Matches(Web.With("env", "prod")));
        Assert.False(selector.Matches(Web.With("tier", "middle")));
        Assert.False(selector.Matches(LabelSet.Of(("tier", "front"))));
        Assert.False(LabelSelector.MatchingLabels(("app", "web"), ("tier", "back")).Matches(Web));
    }

    [Fact]
    public void Selectors_equal_up_to_order_and_duplicate_values()
    {
        var a = new LabelSelector(
            LabelSet.Of(("b", "2"), ("a", "1")),
            [new("x", LabelSelectorOperator.In, ["q", "p", "q"]), new("w", LabelSelectorOperator.Exists, [])]);
        var b = new LabelSelector(
            LabelSet.Of(("a", "1"), ("b", "2")),
            [new("w", LabelSelectorOperator.Exists, []), new("x", LabelSelectorOperator.In, ["p", "q"])]);

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, new LabelSelector(LabelSet.Of(("a", "1"), ("b", "2")), [new("x", LabelSelectorOperator.NotIn, ["p", "q"]), new("w", LabelSelectorOperator.Exists, [])]));
    }

    [Fact]
    public void Keys_lists_every_key_the_selector_reads()
    {
        var selector = new LabelSelector(LabelSet.Of(("app", "web")), [new("zone", LabelSelectorOperator.DoesNotExist, [])]);

        Assert.Equal(["app", "zone"], selector.Keys.Order(StringComparer.Ordinal));
    }
}
