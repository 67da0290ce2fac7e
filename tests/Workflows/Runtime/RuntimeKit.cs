using LaiChau.Testing;
using LaiChau.Workflows.Bpmn;
using LaiChau.Workflows.Feel;
using LaiChau.Workflows.Model;
using LaiChau.Workflows.Runtime;

namespace LaiChau.Workflows.Tests.Runtime;

/// <summary>Small BPMN snippets, a deterministic <see cref="Semantics"/> (counter ids, the test clock) and event lookups.</summary>
internal sealed class RuntimeKit
{
    private int _nextId;

    public RuntimeKit()
        : this(TestClock.DefaultStart)
    {
    }

    public RuntimeKit(DateTimeOffset start)
    {
        Clock = TestClock.Create(start);
        Semantics = new Semantics(Clock, () => new Guid(++_nextId, 0, 0, new byte[8]));
    }

    public Semantics Semantics { get; }

    /// <summary>The clock the semantics reads; tests move it (timers are due relative to activation).</summary>
    public Microsoft.Extensions.Time.Testing.FakeTimeProvider Clock { get; }

    public static ProcessModel Process(string body)
    {
        var xml = $"""
            <?xml version="1.0" encoding="UTF-8"?>
            <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                              xmlns:zeebe="http://camunda.org/schema/zeebe/1.0"
                              xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                              id="d" targetNamespace="http://laichau.invalid/test">
              <bpmn:process id="p" isExecutable="true">
            {body}
              </bpmn:process>
            </bpmn:definitions>
            """;
        var check = BpmnValidator.Validate(xml, FeelExpressionSyntax.BuiltIn);
        Assert.True(check.IsValid, string.Join("; ", check.Errors.Select(e => $"{e}")));
        return check.Definition!.Processes[0];
    }

    public static string Flow(string id, string from, string to, string? condition = null) => condition is null
        ? $"""<bpmn:sequenceFlow id="{id}" sourceRef="{from}" targetRef="{to}" />"""
        : $"""
          <bpmn:sequenceFlow id="{id}" sourceRef="{from}" targetRef="{to}">
            <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">{condition}</bpmn:conditionExpression>
          </bpmn:sequenceFlow>
          """;

    public static string ServiceTask(string id, string type, string extra = "") =>
        $"""<bpmn:serviceTask id="{id}"><bpmn:extensionElements><zeebe:taskDefinition type="{type}" />{extra}</bpmn:extensionElements></bpmn:serviceTask>""";

    public static IReadOnlyDictionary<string, FeelValue> Vars(params (string Name, FeelValue Value)[] values) =>
        values.ToDictionary(v => v.Name, v => v.Value);

    public static IReadOnlyDictionary<string, FeelValue> NoVars { get; } = new Dictionary<string, FeelValue>();

    /// <summary>What a command sees after the previous one saved the instance: write the snapshot and read it back.</summary>
    public static ProcessInstanceState Reload(ProcessInstanceState state) =>
        InstanceSnapshot.Read(InstanceSnapshot.Write(state), state.Model);

    public static Guid Waiting(ProcessInstanceState state, string elementId) =>
        state.ActiveElementInstances.Single(e => e.ElementId == elementId).Id;

    /// <summary>The one open subscription caught by <paramref name="elementId"/>.</summary>
    public static EventSubscription Subscription(ProcessInstanceState state, string elementId) =>
        state.Subscriptions.Single(s => s.ElementId == elementId);

    public static string TimerDefinition(string kind, string value) =>
        $"""<bpmn:timerEventDefinition><bpmn:{kind}>{value}</bpmn:{kind}></bpmn:timerEventDefinition>""";

    public static string Boundary(string id, string host, string definition, bool interrupting = true) =>
        $"""<bpmn:boundaryEvent id="{id}" attachedToRef="{host}" cancelActivity="{(interrupting ? "true" : "false")}">{definition}</bpmn:boundaryEvent>""";

    public static string MessageDefinition(string messageId) => $"""<bpmn:messageEventDefinition messageRef="{messageId}" />""";

    /// <summary>A definitions-level message with its correlation key.</summary>
    public static string Message(string id, string name, string key) =>
        $"""<bpmn:message id="{id}" name="{name}"><bpmn:extensionElements><zeebe:subscription correlationKey="{key}" /></bpmn:extensionElements></bpmn:message>""";

    /// <summary>A process whose definitions also declare <paramref name="definitions"/> (messages, errors, escalations).</summary>
    public static ProcessModel Process(string body, string definitions)
    {
        var xml = $"""
            <?xml version="1.0" encoding="UTF-8"?>
            <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                              xmlns:zeebe="http://camunda.org/schema/zeebe/1.0"
                              xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                              id="d" targetNamespace="http://laichau.invalid/test">
              <bpmn:process id="p" isExecutable="true">
            {body}
              </bpmn:process>
            {definitions}
            </bpmn:definitions>
            """;
        var check = BpmnValidator.Validate(xml, FeelExpressionSyntax.BuiltIn);
        Assert.True(check.IsValid, string.Join("; ", check.Errors.Select(e => $"{e}")));
        return check.Definition!.Processes[0];
    }

    /// <summary>The events as short lines (kind and element), to assert exact sequences.</summary>
    public static string[] Trace(IEnumerable<RuntimeEvent> events) => [.. events.Select(e => e switch
    {
        ElementActivated a => $"activated {a.ElementId}",
        ElementCompleted c => $"completed {c.ElementId}",
        ElementTerminated t => $"terminated {t.ElementId}",
        TimerScheduled t => $"timer scheduled {t.ElementId}",
        TimerFired => "timer fired",
        TimerCancelled => "timer cancelled",
        MessageSubscriptionOpened m => $"message opened {m.ElementId}",
        MessageSubscriptionClosed => "message closed",
        MessageCorrelated m => $"message correlated {m.MessageName}",
        ErrorThrown x => $"error thrown {x.ErrorCode}",
        EscalationThrown x => $"escalation thrown {x.EscalationCode}",
        IncidentRaised => "incident raised",
        IncidentResolved => "incident resolved",
        JobCreated j => $"job {j.Type}",
        VariableSet v => $"variable {v.Name}",
        FlowTaken f => $"flow {f.FlowId}",
        InstanceCompleted => "instance completed",
        InstanceTerminated => "instance terminated",
        _ => e.GetType().Name,
    })];

    public static IEnumerable<string> Completed(IEnumerable<RuntimeEvent> events) =>
        events.OfType<ElementCompleted>().Select(e => e.ElementId);
}
