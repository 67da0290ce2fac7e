using System.Text;
using LaiChau.Workflows.Model;

namespace LaiChau.Workflows.Tests.Runtime;

/// <summary>
/// Event kinds: timer boundaries, timer and message catches, receive tasks, an event-based gateway, an error end
/// caught by a boundary, event sub-processes (message start, non-interrupting) and a gateway or job that raises an
/// incident until the variable named like it is set. Two paths meet again at an exclusive merge, so a block
/// keeps one exit; a path that runs beside the main one (non-interrupting) ends at its own end event.
/// </summary>
internal sealed partial class RandomProcessGenerator
{
    /// <summary>Every catch waits for this message (the driver correlates by subscription id, so one name is enough).</summary>
    public const string Definitions = """
        <bpmn:message id="msg" name="ping"><bpmn:extensionElements><zeebe:subscription correlationKey="=key" /></bpmn:extensionElements></bpmn:message>
        <bpmn:error id="err" errorCode="E" />
        """;

    private static readonly Kind[] EventKinds =
    [
        new("timerBoundary", 2, (g, s, d) => g.TimerBoundary(s, d)),
        new("timerCatch", 1, (g, s, _) => g.Catch(s, RuntimeKit.TimerDefinition("timeDuration", g.Duration()))),
        new("messageCatch", 1, (g, s, _) => g.Catch(s, RuntimeKit.MessageDefinition("msg"))),
        new("receiveTask", 1, (g, s, _) => g.ReceiveTask(s)),
        new("eventGateway", 1, (g, s, d) => g.EventGateway(s, d)),
        new("errorBoundary", 1, (g, s, d) => g.ErrorBoundary(s, d)),
        new("eventSubProcess", 1, (g, s, d) => g.SubProcess(s, d, loop: null, withEvents: true)),
        new("incidentGateway", 1, (g, s, d) => g.IncidentGateway(s, d)),
    ];

    /// <summary>Parses a generated body with the definitions its events refer to.</summary>
    public static ProcessModel Model(string body) => RuntimeKit.Process(body, Definitions);

    private string Duration() => $"PT{Random.Next(1, 4)}H";

    private (string Entry, string Exit) Catch(StringBuilder scope, string definition)
    {
        var id = NewId("catch");
        scope.AppendLine($"""<bpmn:intermediateCatchEvent id="{id}">{definition}</bpmn:intermediateCatchEvent>""");
        return (id, id);
    }

    private (string Entry, string Exit) ReceiveTask(StringBuilder scope)
    {
        var id = NewId("receive");
        scope.AppendLine($"""<bpmn:receiveTask id="{id}" messageRef="msg" />""");
        return (id, id);
    }

    private string Merge(StringBuilder scope)
    {
        var id = NewId("merge");
        scope.AppendLine($"""<bpmn:exclusiveGateway id="{id}" />""");
        return id;
    }

    /// <summary>Interrupting: the boundary path meets the host's at a merge. Non-interrupting (a duration or a cycle R2/R3): its path ends alone.</summary>
    private (string Entry, string Exit) TimerBoundary(StringBuilder scope, int depth)
    {
        var host = Random.Next(2) == 0 ? Task(scope) : SubProcess(scope, depth, loop: null);
        var interrupting = Random.Next(2) == 0;
        var timer = interrupting || Random.Next(2) == 0
            ? RuntimeKit.TimerDefinition("timeDuration", Duration())
            : RuntimeKit.TimerDefinition("timeCycle", $"R{Random.Next(2, 4)}/{Duration()}");
        var boundary = NewId("boundary");
        scope.AppendLine(RuntimeKit.Boundary(boundary, host.Entry, timer, interrupting));
        var handler = Task(scope);
        Flow(scope, boundary, handler.Entry);
        if (!interrupting)
        {
            var end = NewId("end");
            scope.AppendLine($"""<bpmn:endEvent id="{end}" />""");
            Flow(scope, handler.Exit, end);
            return host;
        }

        var merge = Merge(scope);
        Flow(scope, host.Exit, merge);
        Flow(scope, handler.Exit, merge);
        return (host.Entry, merge);
    }

    /// <summary>A timer against a message (catch event or receive task); each path goes on to a block of its own.</summary>
    private (string Entry, string Exit) EventGateway(StringBuilder scope, int depth)
    {
        var gateway = NewId("eventGw");
        scope.AppendLine($"""<bpmn:eventBasedGateway id="{gateway}" />""");
        var merge = Merge(scope);
        var timer = Catch(scope, RuntimeKit.TimerDefinition("timeDuration", Duration()));
        var message = Random.Next(2) == 0 ? Catch(scope, RuntimeKit.MessageDefinition("msg")) : ReceiveTask(scope);
        foreach (var target in new[] { timer, message })
        {
            Flow(scope, gateway, target.Entry);
            var next = Any(scope, depth);
            Flow(scope, target.Exit, next.Entry);
            Flow(scope, next.Exit, merge);
        }

        return (gateway, merge);
    }

    /// <summary>A sub-process that ends with the error when <c>v</c> is small, caught by an interrupting boundary on it.</summary>
    private (string Entry, string Exit) ErrorBoundary(StringBuilder scope, int depth)
    {
        var sub = NewId("sub");
        var inner = new StringBuilder();
        var start = NewId("start");
        var fork = NewId("fork");
        var end = NewId("end");
        var fail = NewId("fail");
        var body = Any(inner, depth);
        var toFail = NewId("f");
        var toEnd = NewId("f");
        inner.AppendLine($"""<bpmn:startEvent id="{start}" />""");
        inner.AppendLine($"""<bpmn:exclusiveGateway id="{fork}" default="{toEnd}" />""");
        inner.AppendLine($"""<bpmn:endEvent id="{end}" />""");
        inner.AppendLine($"""<bpmn:endEvent id="{fail}"><bpmn:errorEventDefinition errorRef="err" /></bpmn:endEvent>""");
        Flow(inner, start, body.Entry);
        Flow(inner, body.Exit, fork);
        inner.AppendLine(RuntimeKit.Flow(toFail, fork, fail, "=v &lt; 0.5"));
        inner.AppendLine(RuntimeKit.Flow(toEnd, fork, end));
        scope.AppendLine($"""<bpmn:subProcess id="{sub}">{inner}</bpmn:subProcess>""");
        var boundary = NewId("caught");
        scope.AppendLine(RuntimeKit.Boundary(boundary, sub, """<bpmn:errorEventDefinition errorRef="err" />"""));
        var merge = Merge(scope);
        Flow(scope, sub, merge);
        Flow(scope, boundary, merge);
        return (sub, merge);
    }

    /// <summary>Non-interrupting message start: runs a task beside the scope's tokens, as often as a message comes.</summary>
    private void EventSubProcess(StringBuilder scope)
    {
        var id = NewId("events");
        var start = NewId("eventStart");
        var end = NewId("end");
        var inner = new StringBuilder();
        inner.AppendLine($"""<bpmn:startEvent id="{start}" isInterrupting="false">{RuntimeKit.MessageDefinition("msg")}</bpmn:startEvent>""");
        var handler = Task(inner);
        inner.AppendLine($"""<bpmn:endEvent id="{end}" />""");
        Flow(inner, start, handler.Entry);
        Flow(inner, handler.Exit, end);
        scope.AppendLine($"""<bpmn:subProcess id="{id}" triggeredByEvent="true">{inner}</bpmn:subProcess>""");
    }

    /// <summary>
    /// Fails until the driver sets the variable named like it to a positive number: a gateway whose one flow needs it
    /// (no default), a job whose retries it is (the retry then leaves a waiting job), or a job whose output mapping needs it.
    /// </summary>
    private (string Entry, string Exit) IncidentGateway(StringBuilder scope, int depth)
    {
        var gate = NewId("gate");
        switch (Random.Next(3))
        {
            case 0:
                scope.AppendLine($"""<bpmn:serviceTask id="{gate}"><bpmn:extensionElements><zeebe:taskDefinition type="work" retries="={gate}" /></bpmn:extensionElements></bpmn:serviceTask>""");
                return (gate, gate);
            case 1:
                // Until the gate is set the range is too long for FEEL: the completion's output mapping raises the incident.
                var range = $"if {gate} &gt; 0 then {gate} else 200000";
                var output = $"""<zeebe:ioMapping><zeebe:output source="=count(for i in 1..({range}) return i)" target="{gate}n" /></zeebe:ioMapping>""";
                scope.AppendLine($"""<bpmn:serviceTask id="{gate}"><bpmn:extensionElements><zeebe:taskDefinition type="work" />{output}</bpmn:extensionElements></bpmn:serviceTask>""");
                return (gate, gate);
        }

        scope.AppendLine($"""<bpmn:exclusiveGateway id="{gate}" />""");
        var next = Any(scope, depth);
        Flow(scope, gate, next.Entry, $"={gate} &gt; 0");
        return (gate, next.Exit);
    }
}
