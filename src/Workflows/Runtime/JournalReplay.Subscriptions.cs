namespace LaiChau.Workflows.Runtime;

/// <summary>Replay of subscriptions and incident markers: the snapshot keeps both, so the journal must rebuild them exactly.</summary>
public static partial class JournalReplay
{
    private static void ApplyEventState(ProcessInstanceState state, RuntimeEvent e)
    {
        switch (e)
        {
            case TimerScheduled timer:
                state.AddSubscription(new EventSubscription
                {
                    Id = timer.TimerId,
                    Kind = SubscriptionKind.Timer,
                    ElementInstanceId = timer.ElementInstanceId,
                    ElementId = timer.ElementId,
                    DueAt = timer.DueAt,
                    RepetitionsLeft = timer.RepetitionsLeft,
                    Interval = timer.Interval,
                });
                break;
            case MessageSubscriptionOpened message:
                state.AddSubscription(new EventSubscription
                {
                    Id = message.SubscriptionId,
                    Kind = SubscriptionKind.Message,
                    ElementInstanceId = message.ElementInstanceId,
                    ElementId = message.ElementId,
                    MessageName = message.MessageName,
                    CorrelationKey = message.CorrelationKey,
                });
                break;
            case TimerFired fired:
                Close(state, fired.TimerId);
                break;
            case TimerCancelled cancelled:
                Close(state, cancelled.TimerId);
                break;
            case MessageCorrelated correlated:
                Close(state, correlated.SubscriptionId);
                break;
            case MessageSubscriptionClosed closed:
                Close(state, closed.SubscriptionId);
                break;
            case IncidentRaised { Step: { } step } raised when state.FindElementInstance(raised.ElementInstanceId) is { } element:
                element.Incident = step;
                break;
            case IncidentResolved resolved when state.FindElementInstance(resolved.ElementInstanceId) is { } element:
                element.Incident = null;
                break;
            case InstanceMigrated migrated:
                RenameSubscriptions(state, migrated.Mapping);
                break;
        }
    }

    private static void Close(ProcessInstanceState state, Guid id)
    {
        if (state.FindSubscription(id) is { } subscription)
        {
            state.RemoveSubscription(subscription);
        }
    }

    /// <summary>A migration keeps every open subscription (id, due instant, order); only its catching element follows the mapping.</summary>
    private static void RenameSubscriptions(ProcessInstanceState state, IReadOnlyDictionary<string, string> mapping)
    {
        var open = state.Subscriptions.ToList();
        foreach (var subscription in open)
        {
            state.RemoveSubscription(subscription);
        }

        foreach (var subscription in open)
        {
            state.AddSubscription(subscription with { ElementId = mapping.GetValueOrDefault(subscription.ElementId, subscription.ElementId) });
        }
    }
}
