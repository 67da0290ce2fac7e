using LaiChau.Workflows.Feel;
using LaiChau.Workflows.Model;

namespace LaiChau.Workflows.Runtime;

/// <summary>
/// The in-memory aggregate of one process instance: its element instances and its variables per scope. The process
/// scope's variables are keyed by the instance <see cref="Id"/>; any other scope by its element instance id.
/// Mutable and owned by one command at a time (ADR 6).
/// </summary>
public sealed partial class ProcessInstanceState
{
    private readonly List<ElementInstance> _elements = [];
    private readonly Dictionary<Guid, ElementInstance> _elementsById = [];
    private readonly Dictionary<Guid, Dictionary<string, FeelValue>> _variables = [];

    internal ProcessInstanceState(Guid id, ProcessModel model)
    {
        Id = id;
        Model = model;
        _variables[id] = new(StringComparer.Ordinal);
    }

    public Guid Id { get; }

    public ProcessModel Model { get; }

    public InstanceStatus Status { get; internal set; } = InstanceStatus.Active;

    /// <summary>Every element instance of this instance, in creation order.</summary>
    public IReadOnlyList<ElementInstance> ElementInstances => _elements;

    public IEnumerable<ElementInstance> ActiveElementInstances => _elements.Where(e => e.IsActive);

    public ElementInstance? FindElementInstance(Guid id) => _elementsById.GetValueOrDefault(id);

    /// <summary>The variables of a scope (the instance id for the process scope); empty when the scope has none.</summary>
    public IReadOnlyDictionary<string, FeelValue> VariablesOf(Guid scope) =>
        _variables.TryGetValue(scope, out var values) ? values : EmptyVariables;

    internal IEnumerable<KeyValuePair<Guid, Dictionary<string, FeelValue>>> AllVariables =>
        _variables.Where(v => v.Value.Count > 0);

    /// <summary>The scope key of the scope that encloses <paramref name="scope"/>, or null for the process scope.</summary>
    internal Guid? ParentScopeOf(Guid scope) =>
        scope == Id ? null : _elementsById[scope].ScopeId ?? Id;

    internal bool TryGetLocal(Guid scope, string name, out FeelValue value)
    {
        value = default;
        return _variables.TryGetValue(scope, out var values) && values.TryGetValue(name, out value);
    }

    internal void SetLocal(Guid scope, string name, FeelValue value)
    {
        if (!_variables.TryGetValue(scope, out var values))
        {
            values = new(StringComparer.Ordinal);
            _variables[scope] = values;
        }

        values[name] = value;
    }

    /// <summary>A finished element instance's local variables go with it, as in Zeebe.</summary>
    internal void DropScope(Guid scope) => _variables.Remove(scope);

    internal ElementInstance Add(Guid id, string elementId, Guid? scopeId)
    {
        var element = new ElementInstance(id, elementId, scopeId);
        _elements.Add(element);
        _elementsById.Add(id, element);
        return element;
    }

    private static readonly Dictionary<string, FeelValue> EmptyVariables = [];
}
