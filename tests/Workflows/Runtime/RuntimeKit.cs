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

    public RuntimeKit() => Semantics = new Semantics(TestClock.Create(), () => new Guid(++_nextId, 0, 0, new byte[8]));

    public Semantics Semantics { get; }

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

    public static IEnumerable<string> Completed(IEnumerable<RuntimeEvent> events) =>
        events.OfType<ElementCompleted>().Select(e => e.ElementId);
}
