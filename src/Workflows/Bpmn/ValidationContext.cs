using LaiChau.Workflows.Model;

namespace LaiChau.Workflows.Bpmn;

/// <summary>One node with the process and the scope that hold it.</summary>
internal sealed record ScopedNode(ProcessModel Process, IFlowScope Scope, FlowNode Node);

/// <summary>What every rule family needs: the model, the expression checker and where to put errors.</summary>
internal sealed class ValidationContext(BpmnDefinition definition, IExpressionSyntax expressions, IReadOnlySet<string> refusedIds)
{
    public BpmnDefinition Definition { get; } = definition;

    public IExpressionSyntax Expressions { get; } = expressions;

    public List<BpmnDiagnostic> Diagnostics { get; } = [];

    private readonly Dictionary<IFlowScope, ScopeIndex> _indexes = new(ReferenceEqualityComparer.Instance);

    public ScopeIndex Index(IFlowScope scope)
    {
        if (!_indexes.TryGetValue(scope, out var index))
        {
            index = new ScopeIndex(scope);
            _indexes[scope] = index;
        }

        return index;
    }

    /// <summary>Nodes already refused while reading: rules skip them so each problem is reported once.</summary>
    public bool IsRefused(string id) => refusedIds.Contains(id);

    public void Report(BpmnErrorTemplate template, string? elementId, SourcePosition position, params object?[] args) =>
        Diagnostics.Add(template.At(elementId, position, args));

    public void Report(BpmnErrorTemplate template, FlowNode node, params object?[] args) =>
        Report(template, node.Id, node.Position, args);

    public IEnumerable<ScopedNode> Nodes() =>
        from process in Definition.Processes
        from scope in process.Scopes()
        from node in scope.Nodes
        where !IsRefused(node.Id)
        select new ScopedNode(process, scope, node);

    public IEnumerable<(ProcessModel Process, IFlowScope Scope)> Scopes() =>
        from process in Definition.Processes
        from scope in process.Scopes()
        select (process, scope);
}
