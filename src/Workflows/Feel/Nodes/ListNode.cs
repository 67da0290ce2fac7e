namespace LaiChau.Workflows.Feel.Nodes;

internal sealed class ListNode(int offset, Node[] items) : Node(offset)
{
    public override FeelValue Evaluate(ref Evaluation ev)
    {
        ev.Step(Offset);
        var values = items.Length == 0 ? [] : new FeelValue[items.Length];
        for (var i = 0; i < items.Length; i++)
        {
            values[i] = items[i].Evaluate(ref ev);
        }

        return FeelValue.OwnedList(values);
    }
}
