using LaiChau.Workflows.Feel;
using LaiChau.Workflows.Model;

namespace LaiChau.Workflows.Runtime;

/// <summary>
/// Message subscriptions: the name (literal or FEEL) and the correlation key are evaluated once, at activation, in
/// the scope of the element that opens them (Camunda 8, "Message correlation").
/// </summary>
internal sealed partial class Execution
{
    private void OpenMessage(Guid owner, FlowNode catcher, MessageEventDefinition message, IFeelVariables variables)
    {
        var name = message.MessageName is { } text ? _expressions.EvaluateText(text, variables) : null;
        if (string.IsNullOrEmpty(name))
        {
            throw new FeelException($"The message name of '{catcher.Id}' evaluated to nothing.");
        }

        // Zeebe: the key must be a string or a number; a number is correlated by its text.
        var key = message.CorrelationKey is { } keyText ? _expressions.Evaluate(keyText, variables) : FeelValue.String("");
        if (key.Kind is not (FeelKind.String or FeelKind.Number))
        {
            throw new FeelException($"The correlation key of '{catcher.Id}' evaluated to '{key}', not to a string or a number.");
        }

        Subscribe(new EventSubscription
        {
            Id = _newId(),
            Kind = SubscriptionKind.Message,
            ElementInstanceId = owner,
            ElementId = catcher.Id,
            MessageName = name,
            CorrelationKey = key.Kind == FeelKind.String ? key.AsString() : key.ToString(),
        });
    }

    private void Subscribe(EventSubscription subscription)
    {
        _state.AddSubscription(subscription);
        _events.Add(new MessageSubscriptionOpened(
            Now, subscription.Id, subscription.ElementInstanceId, subscription.ElementId, subscription.MessageName!, subscription.CorrelationKey!));
    }

    /// <summary>A non-interrupting catcher stays ready after a correlation (Zeebe): the consumed row is replaced by a new one.</summary>
    private void Reopen(EventSubscription correlated, FlowNode catcher)
    {
        if (CanRepeat(Model, catcher))
        {
            Subscribe(correlated with { Id = _newId() });
        }
    }

    /// <summary>
    /// Whether a catcher fires again after a firing or correlation: a non-interrupting boundary or event sub-process
    /// start, and a process's own timer start event (each firing starts a new instance; Zeebe).
    /// </summary>
    internal static bool CanRepeat(ProcessModel model, FlowNode catcher) => catcher switch
    {
        BoundaryEvent b => !b.CancelActivity,
        StartEvent s => !s.IsInterrupting || model.Nodes.Contains(s),
        _ => false,
    };
}
