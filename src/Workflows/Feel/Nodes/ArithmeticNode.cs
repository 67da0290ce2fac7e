namespace LaiChau.Workflows.Feel.Nodes;

internal sealed class ArithmeticNode(int offset, ArithmeticOperator op, Node left, Node right) : Node(offset)
{
    public override FeelValue Evaluate(ref Evaluation ev)
    {
        ev.Step(Offset);
        var a = left.Evaluate(ref ev);
        var b = right.Evaluate(ref ev);
        if (a.IsNull || b.IsNull)
        {
            return FeelValue.Null;
        }

        try
        {
            var result = op switch
            {
                ArithmeticOperator.Add => Arithmetic.Add(a, b),
                ArithmeticOperator.Subtract => Arithmetic.Subtract(a, b),
                ArithmeticOperator.Multiply => Arithmetic.Multiply(a, b),
                ArithmeticOperator.Divide => Arithmetic.Divide(a, b),
                _ => Arithmetic.Power(a, b),
            };
            if (result.Kind == FeelKind.String && result.AsString().Length > FeelLimits.MaxStringLength)
            {
                throw new FeelEvaluationException($"a string would be longer than {FeelLimits.MaxStringLength} characters", ev.Source, Offset);
            }

            if (result.IsNull && op == ArithmeticOperator.Divide && b.Kind == FeelKind.Number && b.RawNumber == 0)
            {
                return ev.Warn(Offset, "division by zero");
            }

            return result.IsNull
                ? ev.Warn(Offset, "cannot apply '{0}' to a {1} and a {2}", Symbol(), Evaluation.KindName(a.Kind), Evaluation.KindName(b.Kind))
                : result;
        }
        catch (Exception e) when (e is OverflowException or ArgumentOutOfRangeException or DivideByZeroException)
        {
            return ev.Warn(Offset, "the result of '{0}' is out of range", Symbol());
        }
    }

    private string Symbol() => op switch
    {
        ArithmeticOperator.Add => "+",
        ArithmeticOperator.Subtract => "-",
        ArithmeticOperator.Multiply => "*",
        ArithmeticOperator.Divide => "/",
        _ => "**",
    };
}
