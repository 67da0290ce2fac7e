namespace LaiChau.Workflows.Feel.Nodes;

/// <summary>
/// <c>a.b</c>: a context entry; on a list, the entry of each element; on temporal values, their parts
/// (<c>year</c>, <c>month</c>, <c>day</c>, <c>weekday</c>, <c>hour</c>, <c>minute</c>, <c>second</c>, <c>days</c>, …).
/// </summary>
internal sealed class PathNode(int offset, Node target, string key) : Node(offset)
{
    public Node Target { get; } = target;

    public string Key { get; } = key;

    public override FeelValue Evaluate(ref Evaluation ev)
    {
        ev.Step(Offset);
        var value = Target.Evaluate(ref ev);
        return Select(value, ref ev);
    }

    private FeelValue Select(in FeelValue value, ref Evaluation ev)
    {
        switch (value.Kind)
        {
            case FeelKind.Null:
                return value;
            case FeelKind.Context:
                return value.AsContext().TryGet(Key, out var entry) ? entry : ev.Warn(Offset, "no context entry named '{0}'", Key);
            case FeelKind.List:
                var items = value.RawList;
                var result = new FeelValue[items.Length];
                for (var i = 0; i < items.Length; i++)
                {
                    ev.Step(Offset);
                    result[i] = Select(items[i], ref ev);
                }

                return FeelValue.OwnedList(result);
            default:
                var part = TemporalParts.Get(value, Key);
                return part.IsNull ? ev.Warn(Offset, "a {0} has no member '{1}'", Evaluation.KindName(value.Kind), Key) : part;
        }
    }
}
