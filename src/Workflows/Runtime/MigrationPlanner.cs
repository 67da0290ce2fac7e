using LaiChau.Workflows.Model;

namespace LaiChau.Workflows.Runtime;

/// <summary>
/// Checks a migration as Zeebe does, and refuses what cannot be moved safely: every active element instance must
/// be mapped explicitly, to an element of the same kind (same multi-instance characteristics), in the sub-process
/// its scope is mapped to; a join that has arrivals is refused (its arrived flows belong to the old graph).
/// </summary>
internal static class MigrationPlanner
{
    public static MigrationPlan Plan(ProcessInstanceState state, ProcessModel target, IReadOnlyDictionary<string, string> mapping)
    {
        var errors = new List<MigrationError>();
        if (state.Status != InstanceStatus.Active)
        {
            errors.Add(new(null, null, $"The instance is {state.Status}; only an active instance can be migrated."));
        }

        try
        {
            ExecutableElements.EnsureExecutable(target);
        }
        catch (UnsupportedElementException e)
        {
            errors.Add(new(null, e.ElementId, e.Message));
        }

        foreach (var (from, to) in mapping)
        {
            if (state.Model.FindNode(from) is null)
            {
                errors.Add(new(null, from, $"The mapping names '{from}', which the source process does not have."));
            }
            else if (target.FindNode(to) is null)
            {
                errors.Add(new(null, from, $"'{from}' is mapped to '{to}', which the target process '{target.Id}' does not have."));
            }
        }

        var graph = ModelGraph.Of(target);
        foreach (var element in state.ActiveElementInstances)
        {
            if (Check(state, target, graph, mapping, element) is { } message)
            {
                errors.Add(new(element.Id, element.ElementId, message));
            }
        }

        foreach (var subscription in state.Subscriptions)
        {
            if (CheckSubscription(state, target, mapping, subscription) is { } message)
            {
                errors.Add(new(subscription.ElementInstanceId, subscription.ElementId, message));
            }
        }

        return new MigrationPlan(errors);
    }

    /// <summary>An open timer or message wait must be mapped to a catching element of the same kind.</summary>
    private static string? CheckSubscription(
        ProcessInstanceState state, ProcessModel target, IReadOnlyDictionary<string, string> mapping, EventSubscription subscription)
    {
        if (!mapping.TryGetValue(subscription.ElementId, out var to))
        {
            return $"The open {subscription.Kind.ToString().ToLowerInvariant()} wait of '{subscription.ElementId}' is not mapped: map the catching event too.";
        }

        var from = state.Model.FindNode(subscription.ElementId);
        var into = target.FindNode(to);
        return into is null || from?.GetType() != into.GetType() || DefinitionKind(from) != DefinitionKind(into)
            ? $"The wait of '{subscription.ElementId}' is mapped to '{to}', which is not a catching event of the same kind."
            : null;
    }

    private static Type? DefinitionKind(FlowNode node) => node switch
    {
        BoundaryEvent b => b.Definition.GetType(),
        IntermediateCatchEvent c => c.Definition.GetType(),
        StartEvent s => s.Definition.GetType(),
        ReceiveTask => typeof(MessageEventDefinition),
        _ => null,
    };

    private static string? Check(
        ProcessInstanceState state, ProcessModel target, ModelGraph graph, IReadOnlyDictionary<string, string> mapping, ElementInstance element)
    {
        if (!mapping.TryGetValue(element.ElementId, out var to))
        {
            return "An active element is not mapped (Zeebe requires a mapping for every active element).";
        }

        if (target.FindNode(to) is not { } targetNode)
        {
            return $"Mapped to '{to}', which the target process does not have.";
        }

        var sourceNode = state.Model.FindNode(element.ElementId)!;
        if (KindOf(sourceNode) != KindOf(targetNode))
        {
            return $"A {KindOf(sourceNode)} cannot be mapped to '{to}', a {KindOf(targetNode)}.";
        }

        if (sourceNode is Activity { MultiInstance: { } loop } && targetNode is Activity { MultiInstance: { } targetLoop } && loop != targetLoop)
        {
            return $"Its multi-instance characteristics differ from those of '{to}' (collection, element names and completion condition must stay).";
        }

        if (element.ArrivedFlows.Count > 0)
        {
            return $"A join that has arrivals ({string.Join(", ", element.ArrivedFlows.Order(StringComparer.Ordinal))}) cannot be migrated.";
        }

        var scope = element.ScopeId is { } id ? state.FindElementInstance(id)! : null;
        if (scope is not null && scope.IsMultiInstanceBody && scope.ElementId == element.ElementId)
        {
            return null; // an inner instance moves with its body
        }

        var expected = scope is null ? target.Id : mapping.GetValueOrDefault(scope.ElementId);
        var actual = graph.ScopeOf(to);
        return expected is null || expected == actual
            ? null
            : $"Its scope '{scope?.ElementId ?? state.Model.Id}' is mapped to '{expected}', but '{to}' lies in '{actual}'.";
    }

    /// <summary>What must stay the same for a waiting element to keep its meaning (and its job, task or child instance).</summary>
    private static string KindOf(FlowNode node)
    {
        var kind = node switch
        {
            JobTask task => $"{task.Kind.ToString().ToLowerInvariant()} task",
            Gateway gateway => $"{gateway.Kind.ToString().ToLowerInvariant()} gateway",
            StartEvent e => $"{e.Definition.GetType().Name} start event",
            EndEvent e => $"{e.Definition.GetType().Name} end event",
            IntermediateCatchEvent e => $"{e.Definition.GetType().Name} intermediate catch event",
            IntermediateThrowEvent e => $"{e.Definition.GetType().Name} intermediate throw event",
            BoundaryEvent e => $"{e.Definition.GetType().Name} boundary event",
            SubProcess { TriggeredByEvent: true } => "event sub-process",
            _ => node.GetType().Name,
        };
        return node is Activity { MultiInstance: { } loop }
            ? $"{(loop.IsSequential ? "sequential" : "parallel")} multi-instance {kind}"
            : kind;
    }
}
