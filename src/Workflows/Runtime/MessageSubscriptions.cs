using LaiChau.Workflows.Feel;
using LaiChau.Workflows.Model;

namespace LaiChau.Workflows.Runtime;

/// <summary>
/// Message subscriptions: the name (literal or FEEL) and the correlation key are evaluated once, at activation, in
/// the scope of the element that opens them (Camunda 8, "Message correlation"). A collaborator of the run behind
/// <see cref="IAgenda"/>, as <see cref="TimerSchedule"/> is for timers.
/// </summary>
internal sealed class MessageSubscriptions(IAgenda agenda)
{
    private ProcessModel Model => agenda.State.Model;

    public void Open(Guid owner, FlowNode catcher, MessageEventDefinition message, IFeelVariables variables)
    {
        var name = message.MessageName is { } text ? agenda.Expressions.EvaluateText(text, variables) : null;
        if (string.IsNullOrEmpty(name))
        {
            throw new FeelException($"The message name of '{catcher.Id}' evaluated to nothing.");
        }

        // Zeebe: the key must be a string or a number; a number is correlated by its text.
        var key = message.CorrelationKey is { } keyText ? agenda.Expressions.Evaluate(keyText, variables) : FeelValue.String("");
        if (key.Kind is not (FeelKind.String or FeelKind.Number))
        {
            throw new FeelException($"The correlation key of '{catcher.Id}' evaluated to '{key}', not to a string or a number.");
        }

        Subscribe(new EventSubscription
        {
            Id = agenda.NewId(),
            Kind = SubscriptionKind.Message,
            ElementInstanceId = owner,
            ElementId = catcher.Id,
            MessageName = name,
            CorrelationKey = key.Kind == FeelKind.String ? key.AsString() : key.ToString(),
        });
    }

    private void Subscribe(EventSubscription subscription)
    {
        agenda.State.AddSubscription(subscription);
        agenda.Emit(new MessageSubscriptionOpened(
            agenda.Now, subscription.Id, subscription.ElementInstanceId, subscription.ElementId, subscription.MessageName!, subscription.CorrelationKey!));
    }

    /// <summary>A non-interrupting catcher stays ready after a correlation (Zeebe): the consumed row is replaced by a new one.</summary>
    public void Reopen(EventSubscription correlated, FlowNode catcher)
    {
        if (CanRepeat(Model, catcher))
        {
            Subscribe(correlated with { Id = agenda.NewId() });
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
