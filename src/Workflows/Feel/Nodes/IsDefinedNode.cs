namespace LaiChau.Workflows.Feel.Nodes;

/// <summary>
/// <c>is defined(x)</c> as in Camunda: false for a missing variable or context entry, true for anything else,
/// null included. It needs the unevaluated argument, so the parser builds this node instead of a call.
/// </summary>
internal sealed class IsDefinedNode(int offset, Node argument) : Node(offset)
{
    public override FeelValue Evaluate(ref Evaluation ev)
    {
        ev.Step(Offset);
        return FeelValue.Boolean(Defined(argument, ref ev, out _));
    }

    private static bool Defined(Node node, ref Evaluation ev, out FeelValue value)
    {
        switch (node)
        {
            case NameNode name:
                return ev.TryLookup(name.Name, out value);
            case PathNode path:
                value = default;
                return Defined(path.Target, ref ev, out var target)
                    && target.Kind == FeelKind.Context && target.AsContext().TryGet(path.Key, out value);
            default:
                value = node.Evaluate(ref ev);
                return true;
        }
    }
}
