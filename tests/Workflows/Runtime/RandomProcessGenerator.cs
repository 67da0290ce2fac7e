using System.Globalization;
using System.Text;

namespace LaiChau.Workflows.Tests.Runtime;

/// <summary>
/// Writes a random, valid, loop-free BPMN process body (for <see cref="RuntimeKit.Process"/>) from a seed: nested
/// blocks of tasks, sequences, exclusive/parallel/inclusive fork+join pairs, sub-processes and multi-instance
/// activities, and the event kinds of <c>RandomProcessGenerator.Events.cs</c>. Every block has one entry and one
/// exit, so a new element kind is one more entry in <see cref="Kinds"/>. Parse with <see cref="Model"/> (it declares
/// the message and error the event kinds use).
/// </summary>
internal sealed partial class RandomProcessGenerator
{
    private int _next;

    public RandomProcessGenerator(int seed)
    {
        Random = new Random(seed);
        Kinds =
        [
            new("task", 4, (g, s, _) => g.Task(s)),
            new("sequence", 2, (g, s, d) => g.Sequence(s, d)),
            new("exclusive", 2, (g, s, d) => g.ForkJoin(s, d, "exclusiveGateway", conditions: true)),
            new("parallel", 2, (g, s, d) => g.ForkJoin(s, d, "parallelGateway", conditions: false)),
            new("inclusive", 2, (g, s, d) => g.ForkJoin(s, d, "inclusiveGateway", conditions: true)),
            new("subProcess", 1, (g, s, d) => g.SubProcess(s, d, loop: null)),
            new("multiInstance", 2, (g, s, d) => g.MultiInstance(s, d)),
            new("callActivity", 1, (g, s, _) => g.CallActivity(s)),
            .. EventKinds,
        ];
    }

    /// <summary>A block writes its nodes and inner flows into a scope and returns its entry and exit node ids.</summary>
    public delegate (string Entry, string Exit) Block(RandomProcessGenerator generator, StringBuilder scope, int depth);

    public sealed record Kind(string Name, int Weight, Block Write);

    public Random Random { get; }

    public List<Kind> Kinds { get; }

    public string Generate(int depth = 3)
    {
        var scope = new StringBuilder();
        WrapInStartAndEnd(scope, depth);
        if (Random.Next(4) == 0)
        {
            EventSubProcess(scope);
        }

        return scope.ToString();
    }

    public string NewId(string prefix) => $"{prefix}{++_next}";

    public void Flow(StringBuilder scope, string from, string to, string? condition = null) =>
        scope.AppendLine(RuntimeKit.Flow(NewId("f"), from, to, condition));

    /// <summary>A block chosen by weight; at depth 0 always a task.</summary>
    public (string Entry, string Exit) Any(StringBuilder scope, int depth)
    {
        if (depth <= 0)
        {
            return Task(scope);
        }

        var roll = Random.Next(Kinds.Sum(k => k.Weight));
        foreach (var kind in Kinds)
        {
            roll -= kind.Weight;
            if (roll < 0)
            {
                return kind.Write(this, scope, depth - 1);
            }
        }

        throw new InvalidOperationException("unreachable");
    }

    public (string Entry, string Exit) Task(StringBuilder scope, string loop = "")
    {
        var id = NewId("t");
        scope.AppendLine(Random.Next(2) == 0
            ? $"""<bpmn:serviceTask id="{id}"><bpmn:extensionElements><zeebe:taskDefinition type="work" /></bpmn:extensionElements>{loop}</bpmn:serviceTask>"""
            : $"""<bpmn:userTask id="{id}">{loop}</bpmn:userTask>""");
        return (id, id);
    }

    private (string Entry, string Exit) CallActivity(StringBuilder scope)
    {
        var id = NewId("call");
        scope.AppendLine($"""<bpmn:callActivity id="{id}"><bpmn:extensionElements><zeebe:calledElement processId="child" /></bpmn:extensionElements></bpmn:callActivity>""");
        return (id, id);
    }

    private (string Entry, string Exit) Sequence(StringBuilder scope, int depth)
    {
        var first = Any(scope, depth);
        var last = first;
        for (var i = Random.Next(1, 3); i > 0; i--)
        {
            var next = Any(scope, depth);
            Flow(scope, last.Exit, next.Entry);
            last = next;
        }

        return (first.Entry, last.Exit);
    }

    /// <summary>A fork and its matching join; with conditions the last branch is the default (taken when no other condition holds).</summary>
    private (string Entry, string Exit) ForkJoin(StringBuilder scope, int depth, string gateway, bool conditions)
    {
        var fork = NewId("fork");
        var join = NewId("join");
        var branches = Random.Next(2, 4);
        var flows = new StringBuilder();
        string? defaultFlow = null;
        for (var i = 0; i < branches; i++)
        {
            var branch = Any(scope, depth);
            var flowId = NewId("f");
            string? condition = null;
            if (conditions && i < branches - 1)
            {
                condition = $"=v &lt; {(Random.Next(1, 10) / 10m).ToString(CultureInfo.InvariantCulture)}";
            }
            else if (conditions)
            {
                defaultFlow = flowId;
            }

            flows.AppendLine(RuntimeKit.Flow(flowId, fork, branch.Entry, condition));
            Flow(scope, branch.Exit, join);
        }

        var attribute = defaultFlow is null ? "" : $""" default="{defaultFlow}" """;
        scope.AppendLine($"""<bpmn:{gateway} id="{fork}"{attribute}/>""");
        scope.AppendLine($"""<bpmn:{gateway} id="{join}" />""");
        scope.Append(flows);
        return (fork, join);
    }

    private (string Entry, string Exit) SubProcess(StringBuilder scope, int depth, string? loop, bool withEvents = false)
    {
        var id = NewId("sub");
        var inner = new StringBuilder();
        WrapInStartAndEnd(inner, depth);
        if (withEvents)
        {
            EventSubProcess(inner);
        }

        scope.AppendLine($"""<bpmn:subProcess id="{id}">{loop}{inner}</bpmn:subProcess>""");
        return (id, id);
    }

    private (string Entry, string Exit) MultiInstance(StringBuilder scope, int depth)
    {
        var items = string.Join(", ", Enumerable.Range(1, Random.Next(0, 4)));
        var output = Random.Next(2) == 0 ? "" : $""" outputCollection="{NewId("out")}" outputElement="=v" """;
        var completion = Random.Next(4) == 0
            ? """<bpmn:completionCondition xsi:type="bpmn:tFormalExpression">=numberOfCompletedInstances &gt;= 2</bpmn:completionCondition>"""
            : "";
        var loop = $"""
            <bpmn:multiInstanceLoopCharacteristics isSequential="{(Random.Next(2) == 0 ? "true" : "false")}">
              <bpmn:extensionElements><zeebe:loopCharacteristics inputCollection="=[{items}]" inputElement="item"{output} /></bpmn:extensionElements>
              {completion}
            </bpmn:multiInstanceLoopCharacteristics>
            """;
        return Random.Next(3) == 0 ? SubProcess(scope, depth, loop) : Task(scope, loop);
    }

    private void WrapInStartAndEnd(StringBuilder scope, int depth)
    {
        var start = NewId("start");
        var end = NewId("end");
        scope.AppendLine($"""<bpmn:startEvent id="{start}" />""");
        var body = Any(scope, depth);
        scope.AppendLine($"""<bpmn:endEvent id="{end}" />""");
        Flow(scope, start, body.Entry);
        Flow(scope, body.Exit, end);
    }
}
