namespace LaiChau.Workflows.Feel.Nodes;

/// <summary><c>{ a: 1, b: a + 1 }</c>: an entry may use the entries before it.</summary>
internal sealed class ContextNode(int offset, string[] keys, Node[] values) : Node(offset)
{
    public override FeelValue Evaluate(ref Evaluation ev)
    {
        ev.Step(Offset);
        var map = new FeelMap(keys.Length);
        var frame = new Frame(ev.Frames) { Entries = map };
        ev.Frames = frame;
        try
        {
            for (var i = 0; i < keys.Length; i++)
            {
                map.Set(keys[i], values[i].Evaluate(ref ev));
            }
        }
        finally
        {
            ev.Frames = frame.Parent;
        }

        return FeelValue.Context(map);
    }
}
