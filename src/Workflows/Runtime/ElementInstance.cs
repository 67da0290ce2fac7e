namespace LaiChau.Workflows.Runtime;

/// <summary>
/// One token on one element: <see cref="ScopeId"/> is the element instance of the enclosing sub-process, or null
/// for the process scope. A parallel join keeps the incoming flows that have arrived in <see cref="ArrivedFlows"/>.
/// </summary>
public sealed class ElementInstance
{
    private readonly HashSet<string> _arrivedFlows = new(StringComparer.Ordinal);

    internal ElementInstance(Guid id, string elementId, Guid? scopeId)
    {
        Id = id;
        ElementId = elementId;
        ScopeId = scopeId;
    }

    public Guid Id { get; }

    /// <summary>Changes only by migration (<see cref="ElementMigrated"/>).</summary>
    public string ElementId { get; internal set; }

    public Guid? ScopeId { get; }

    public ElementInstanceState State { get; internal set; } = ElementInstanceState.Active;

    public IReadOnlySet<string> ArrivedFlows => _arrivedFlows;

    /// <summary>The step that raised an open incident on this token (null when none): what a retry re-runs.</summary>
    public IncidentStep? Incident { get; internal set; }

    /// <summary>The multi-instance body of an activity (same <see cref="ElementId"/> as its inner instances, which are scoped to it).</summary>
    public bool IsMultiInstanceBody { get; internal set; }

    /// <summary>A body's progress; null before its input collection is evaluated and for any other element instance.</summary>
    public MultiInstanceProgress? MultiInstance { get; internal set; }

    public bool IsActive => State == ElementInstanceState.Active;

    internal bool Arrive(string flowId) => _arrivedFlows.Add(flowId);
}
