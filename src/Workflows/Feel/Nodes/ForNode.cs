namespace LaiChau.Workflows.Feel.Nodes;

/// <summary>
/// <c>for x in xs, y in ys return e</c>: the list of e for every combination, the first iteration outermost.
/// A non-list is iterated as a list of one; null as an empty list.
/// </summary>
internal sealed class ForNode(int offset, string[] names, Node[] collections, Node body) : Node(offset)
{
    public override FeelValue Evaluate(ref Evaluation ev)
    {
        ev.Step(Offset);
        var saved = ev.Frames;
        var results = new List<FeelValue>();
        try
        {
            Iterate(0, ref ev, results);
        }
        finally
        {
            ev.Frames = saved;
        }

        return FeelValue.OwnedList([.. results]);
    }

    private void Iterate(int level, ref Evaluation ev, List<FeelValue> results)
    {
        if (level == names.Length)
        {
            ev.CheckListLength(results.Count + 1, Offset);
            results.Add(body.Evaluate(ref ev));
            return;
        }

        var source = collections[level].Evaluate(ref ev);
        var items = Iteration.Items(source, ref ev, Offset);
        var frame = new Frame(ev.Frames) { Name = names[level] };
        ev.Frames = frame;
        foreach (var item in items)
        {
            ev.Step(Offset);
            frame.Value = item;
            Iterate(level + 1, ref ev, results);
        }

        ev.Frames = frame.Parent;
    }
}
