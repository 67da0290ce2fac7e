using LaiChau.Workflows.Feel;
using LaiChau.Workflows.Model;

namespace LaiChau.Workflows.Runtime;

/// <summary>
/// Multi-instance activities as in Zeebe: a BODY element instance (same element id, <see cref="ElementInstance.IsMultiInstanceBody"/>)
/// evaluates <c>inputCollection</c> once and creates one inner instance per item (all at once when parallel, one
/// after the other when sequential), each with the locals <c>inputElement</c> and <c>loopCounter</c> (1-based).
/// The inner instances apply the activity's io mappings; the body does not. A collaborator of the run behind
/// <see cref="IAgenda"/>; its state is the bodies' progress (<see cref="ElementInstance.MultiInstance"/>).
/// </summary>
internal sealed class MultiInstanceBodies(IAgenda agenda, BoundaryEvents boundaries)
{
    private const string LoopCounter = "loopCounter";

    private ProcessInstanceState State => agenda.State;

    private DateTimeOffset Now => agenda.Now;

    public bool IsInnerInstance(ElementInstance element) =>
        element.ScopeId is { } scope && State.FindElementInstance(scope) is { IsMultiInstanceBody: true } body
        && body.ElementId == element.ElementId && !element.IsMultiInstanceBody;

    /// <summary>An inner instance's output mappings write past its body (which holds only the output collection) into the body's flow scope.</summary>
    public Guid OutputScopeOf(ElementInstance element) =>
        IsInnerInstance(element) ? State.FindElementInstance(element.ScopeId!.Value)!.ScopeId ?? State.Id : element.ScopeId ?? State.Id;

    public void ActivateBody(ElementInstance body, Activity activity)
    {
        var loop = activity.MultiInstance!;
        FeelValue collection = default;
        if (!agenda.Guarded(body, () => collection = agenda.Expressions.Evaluate(loop.InputCollection ?? "", new ScopeVariables(State, body.Id))))
        {
            return;
        }

        if (collection.Kind != FeelKind.List)
        {
            agenda.RaiseIncident(body, $"The input collection of '{activity.Id}' is {collection.Kind}, not a list.");
            return;
        }

        var items = collection.AsList().ToArray().Select(StoredValue.Normalize).ToList();
        body.MultiInstance = new MultiInstanceProgress(items);
        agenda.Emit(new MultiInstanceStarted(Now, body.Id, items));
        if (!boundaries.OpenForBody(body))
        {
            return;
        }

        if (loop.OutputCollection is { } output)
        {
            // Zeebe creates the output collection as a local of the body, one null per item, filled in input order.
            agenda.Set(body.Id, output, FeelValue.List(items.Select(_ => FeelValue.Null)));
        }

        if (items.Count == 0)
        {
            agenda.Complete(body);
            return;
        }

        var count = loop.IsSequential ? 1 : items.Count;
        for (var i = 0; i < count; i++)
        {
            CreateInner(body, activity);
        }
    }

    private void CreateInner(ElementInstance body, Activity activity)
    {
        var loop = activity.MultiInstance!;
        var progress = body.MultiInstance!;
        var index = progress.Created++;
        var inner = State.Add(agenda.NewId(), activity.Id, body.Id);
        agenda.Emit(new ElementActivated(Now, inner.Id, activity.Id, body.Id));
        if (loop.InputElement is { } input)
        {
            agenda.Set(inner.Id, input, progress.Items[index]);
        }

        agenda.Set(inner.Id, LoopCounter, FeelValue.Number(index + 1));
        if (OutputVariable(loop) is { } output && output != loop.InputElement)
        {
            // Zeebe nil-initialises a plain output element variable locally, so each inner instance's result
            // stays its own instead of propagating to a shared variable (zeebe#9947).
            agenda.Set(inner.Id, output, FeelValue.Null);
        }

        agenda.ScheduleActivation(inner);
    }

    /// <summary>Before a body completes: it hands its output collection on to its flow scope.</summary>
    public void HandOnOutputCollection(ElementInstance body, Activity activity)
    {
        if (activity.MultiInstance!.OutputCollection is { } output && State.TryGetLocal(body.Id, output, out var collected))
        {
            agenda.Propagate(body.ScopeId ?? State.Id, output, collected);
        }
    }

    /// <summary>Before an inner instance completes (after its output mappings): its output element goes into the body's output collection.</summary>
    public void CollectOutput(ElementInstance element, Activity activity)
    {
        if (IsInnerInstance(element) && activity.MultiInstance is { OutputCollection: { } collection, OutputElement: { } outputElement })
        {
            var body = State.FindElementInstance(element.ScopeId!.Value)!;
            var value = StoredValue.Normalize(agenda.Expressions.Evaluate(outputElement, new ScopeVariables(State, element.Id)));
            var index = LoopIndexOf(element);
            State.TryGetLocal(body.Id, collection, out var current);
            var items = current.Kind == FeelKind.List ? current.AsList().ToArray() : new FeelValue[body.MultiInstance!.Items.Count];
            items[index] = value;
            agenda.Set(body.Id, collection, FeelValue.List(items));
        }
    }

    /// <summary>
    /// An inner instance completed: the completion condition is evaluated in its scope (with numberOfInstances,
    /// numberOfCompletedInstances, numberOfActiveInstances); true terminates the other inner instances and completes
    /// the body. Otherwise the next sequential item starts, or the body completes when none is left.
    /// </summary>
    public void CompleteInner(ElementInstance inner, Activity activity)
    {
        var body = State.FindElementInstance(inner.ScopeId!.Value)!;
        var progress = body.MultiInstance!;
        var done = false;
        if (activity.MultiInstance!.CompletionCondition is { } condition)
        {
            var active = State.ActiveElementInstances.Count(e => e.ScopeId == body.Id && e != inner);
            var counts = new Dictionary<string, FeelValue>(StringComparer.Ordinal)
            {
                ["numberOfInstances"] = FeelValue.Number(progress.Items.Count),
                ["numberOfCompletedInstances"] = FeelValue.Number(progress.Completed + 1),
                ["numberOfActiveInstances"] = FeelValue.Number(active),
            };
            if (!agenda.Guarded(inner, () => done = agenda.Expressions.IsTrue(condition, new OverlayVariables(counts, new ScopeVariables(State, inner.Id)))))
            {
                return;
            }
        }

        inner.State = ElementInstanceState.Completed;
        State.DropScope(inner.Id);
        progress.Completed++;
        agenda.Emit(new ElementCompleted(Now, inner.Id, inner.ElementId));
        if (done)
        {
            foreach (var other in State.ActiveElementInstances.Where(e => e.ScopeId == body.Id).ToList())
            {
                agenda.Terminate(other);
            }
        }
        else if (activity.MultiInstance.IsSequential && progress.Created < progress.Items.Count)
        {
            CreateInner(body, activity);
            return;
        }

        if (!State.ActiveElementInstances.Any(e => e.ScopeId == body.Id))
        {
            agenda.Complete(body);
        }
    }

    /// <summary>The 0-based item of an inner instance, from its <c>loopCounter</c> local (an incident if a worker overwrote it with nonsense).</summary>
    private int LoopIndexOf(ElementInstance inner)
    {
        var items = State.FindElementInstance(inner.ScopeId!.Value)!.MultiInstance!.Items.Count;
        return State.TryGetLocal(inner.Id, LoopCounter, out var counter) && counter.Kind == FeelKind.Number
            && counter.AsNumber() is var n && n == decimal.Truncate(n) && n >= 1 && n <= items
            ? (int)n - 1
            : throw new FeelException($"The loopCounter of this inner instance is no longer a number from 1 to {items}.");
    }

    /// <summary>The variable an output element names when it is a plain name (<c>=result</c>), else null.</summary>
    private static string? OutputVariable(MultiInstance loop) =>
        loop.OutputElement is { Length: > 1 } text && text[0] == '=' && text[1..].Trim() is var name
        && name.Length > 0 && (char.IsLetter(name[0]) || name[0] == '_') && name.All(c => char.IsLetterOrDigit(c) || c == '_')
            ? name
            : null;
}
