namespace LaiChau.Workflows.Feel.Nodes;

/// <summary><c>x in test</c> or <c>x in (test, test)</c>: true when any test is true.</summary>
internal sealed class InNode(int offset, Node value, UnaryTest[] tests) : Node(offset)
{
    public override FeelValue Evaluate(ref Evaluation ev)
    {
        ev.Step(Offset);
        var x = value.Evaluate(ref ev);
        var sawNull = false;
        foreach (var test in tests)
        {
            var result = test.Test(x, ref ev, Offset);
            if (result.IsTrue)
            {
                return FeelValue.True;
            }

            sawNull |= result.Kind != FeelKind.Boolean;
        }

        return sawNull ? FeelValue.Null : FeelValue.False;
    }
}
