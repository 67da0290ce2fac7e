namespace LaiChau.Workflows.Feel.Nodes;

/// <summary>
/// <c>some x in xs, y in ys satisfies c</c> / <c>every …</c> over every combination of the iteration values.
/// Some: true if any is true, else null if any is not boolean, else false; every: the dual.
/// </summary>
internal sealed class QuantifierNode(int offset, bool every, string[] names, Node[] collections, Node condition) : Node(offset)
{
    public override FeelValue Evaluate(ref Evaluation ev)
    {
        ev.Step(Offset);
        var saved = ev.Frames;
        try
        {
            var sawOther = false;
            var decided = Iterate(0, ref ev, ref sawOther);
            return decided ? FeelValue.Boolean(!every) : sawOther ? FeelValue.Null : FeelValue.Boolean(every);
        }
        finally
        {
            ev.Frames = saved;
        }
    }

    // True when an element decided the answer (true for some, false for every).
    private bool Iterate(int level, ref Evaluation ev, ref bool sawOther)
    {
        if (level == names.Length)
        {
            var result = condition.Evaluate(ref ev);
            if (result.Kind != FeelKind.Boolean)
            {
                sawOther = true;
                return false;
            }

            return result.IsTrue != every;
        }

        var source = collections[level].Evaluate(ref ev);
        var items = Iteration.Items(source, ref ev, Offset);
        var frame = new Frame(ev.Frames) { Name = names[level] };
        ev.Frames = frame;
        foreach (var item in items)
        {
            ev.Step(Offset);
            frame.Value = item;
            if (Iterate(level + 1, ref ev, ref sawOther))
            {
                return true;
            }
        }

        ev.Frames = frame.Parent;
        return false;
    }
}
