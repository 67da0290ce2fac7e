namespace LaiChau.Workflows.Feel.Nodes;

internal sealed class NegateNode(int offset, Node operand) : Node(offset)
{
    public override FeelValue Evaluate(ref Evaluation ev)
    {
        ev.Step(Offset);
        var value = operand.Evaluate(ref ev);
        return value.Kind switch
        {
            FeelKind.Null => value,
            FeelKind.Number => FeelValue.Number(-value.RawNumber),
            FeelKind.DaysTimeDuration => FeelValue.DaysTimeDuration(TimeSpan.FromTicks(-value.RawTicks)),
            FeelKind.YearsMonthsDuration => FeelValue.YearsMonthsDuration(-(int)value.RawTicks),
            _ => ev.Warn(Offset, "cannot negate a {0}", Evaluation.KindName(value.Kind)),
        };
    }
}
