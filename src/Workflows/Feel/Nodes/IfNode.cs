namespace LaiChau.Workflows.Feel.Nodes;

/// <summary><c>if c then a else b</c>: any condition that is not true takes the else branch (DMN 1.4).</summary>
internal sealed class IfNode(int offset, Node condition, Node then, Node otherwise) : Node(offset)
{
    public override FeelValue Evaluate(ref Evaluation ev)
    {
        ev.Step(Offset);
        return condition.Evaluate(ref ev).IsTrue ? then.Evaluate(ref ev) : otherwise.Evaluate(ref ev);
    }
}
