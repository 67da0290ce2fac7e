using LaiChau.Workflows.Feel;
using LaiChau.Workflows.Runtime;
using static LaiChau.Workflows.Tests.Runtime.RuntimeKit;

namespace LaiChau.Workflows.Tests.Runtime;

public sealed class InclusiveGatewayTests
{
    private static readonly string Body = $"""
        <bpmn:startEvent id="start" />
        <bpmn:inclusiveGateway id="fork" default="toC" />
        {ServiceTask("a", "a")}
        {ServiceTask("b", "b")}
        {ServiceTask("c", "c")}
        {Flow("f1", "start", "fork")}
        {Flow("toA", "fork", "a", "=x &gt; 1")}
        {Flow("toB", "fork", "b", "=x &gt; 2")}
        {Flow("toC", "fork", "c")}
        """;

    [Theory]
    [InlineData(3, new[] { "a", "b" })]
    [InlineData(2, new[] { "a" })]
    [InlineData(0, new[] { "c" })]
    public void InclusiveFork_TakesEveryTrueFlowElseTheDefault(int x, string[] waiting)
    {
        var (state, _) = new RuntimeKit().Semantics.Start(Process(Body), Vars(("x", FeelValue.Number(x))));

        Assert.Equal(waiting, state.ActiveElementInstances.Select(e => e.ElementId));
    }
}
