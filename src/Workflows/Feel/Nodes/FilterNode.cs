namespace LaiChau.Workflows.Feel.Nodes;

/// <summary>
/// <c>xs[i]</c> (1-based, negative from the end) or <c>xs[condition]</c> with <c>item</c> bound to each element
/// (and a context element's keys visible directly). A non-list value is filtered as a list of one.
/// </summary>
internal sealed class FilterNode(int offset, Node target, Node filter) : Node(offset)
{
    public override FeelValue Evaluate(ref Evaluation ev)
    {
        ev.Step(Offset);
        var value = target.Evaluate(ref ev);
        if (value.IsNull)
        {
            return value;
        }

        var items = value.Kind == FeelKind.List ? value.RawList : [value];
        var frame = new Frame(ev.Frames) { Name = "item", ExposeKeys = true };
        ev.Frames = frame;
        try
        {
            return Apply(items, frame, ref ev);
        }
        finally
        {
            ev.Frames = frame.Parent;
        }
    }

    private FeelValue Apply(FeelValue[] items, Frame frame, ref Evaluation ev)
    {
        if (items.Length == 0)
        {
            // Nothing to bind item to: a literal index finds nothing, a condition keeps nothing.
            return filter is LiteralNode { Value.Kind: FeelKind.Number } ? FeelValue.Null : FeelValue.OwnedList([]);
        }

        // The first result decides: a number indexes, anything else filters.
        frame.Value = items[0];
        var first = filter.Evaluate(ref ev);
        if (first.Kind == FeelKind.Number)
        {
            return Index(items, first.RawNumber);
        }

        var kept = new List<FeelValue>();
        for (var i = 0; i < items.Length; i++)
        {
            ev.Step(Offset);
            frame.Value = items[i];
            if ((i == 0 ? first : filter.Evaluate(ref ev)).IsTrue)
            {
                kept.Add(items[i]);
            }
        }

        return FeelValue.OwnedList([.. kept]);
    }

    private static FeelValue Index(FeelValue[] items, decimal index)
    {
        if (index != decimal.Truncate(index) || index == 0 || Math.Abs(index) > items.Length)
        {
            return FeelValue.Null;
        }

        var i = (int)index;
        return i > 0 ? items[i - 1] : items[items.Length + i];
    }
}
