namespace LaiChau.Workflows.Runtime;

/// <summary>The instance's open timer and message subscriptions, in opening order.</summary>
public sealed partial class ProcessInstanceState
{
    private readonly List<EventSubscription> _subscriptions = [];

    public IReadOnlyList<EventSubscription> Subscriptions => _subscriptions;

    public EventSubscription? FindSubscription(Guid id) => _subscriptions.Find(s => s.Id == id);

    internal void AddSubscription(EventSubscription subscription) => _subscriptions.Add(subscription);

    internal bool RemoveSubscription(EventSubscription subscription) => _subscriptions.Remove(subscription);
}
