namespace LaiChau.Workflows.Feel.Nodes;

/// <summary>What <c>for</c>, <c>some</c> and <c>every</c> iterate: a list, the whole numbers of a range, or one value.</summary>
internal static class Iteration
{
    public static FeelValue[] Items(in FeelValue source, ref Evaluation ev, int offset)
    {
        switch (source.Kind)
        {
            case FeelKind.List:
                return source.RawList;
            case FeelKind.Null:
                return [];
            case FeelKind.Range when Bounds(source.AsRange()) is var (low, high, step):
                // 1..3 counts up, 3..1 counts down (DMN 1.4, 10.3.2.2); (1..1) is empty.
                var count = Math.Max(0, ((high - low) * step) + 1);
                ev.CheckListLength((int)Math.Min(count, int.MaxValue), offset);
                var items = new FeelValue[count];
                for (var i = 0; i < count; i++)
                {
                    items[i] = FeelValue.Number(low + (i * step));
                }

                return items;
            default:
                return [source];
        }
    }

    // Whole-number end points, moved inward when excluded; null when the range cannot be counted.
    private static (long Low, long High, int Step)? Bounds(FeelRange range)
    {
        if (range.Low.Kind != FeelKind.Number || range.High.Kind != FeelKind.Number)
        {
            return null;
        }

        var (low, high) = (range.Low.AsNumber(), range.High.AsNumber());
        if (low != decimal.Truncate(low) || high != decimal.Truncate(high) || Math.Abs(low) > int.MaxValue || Math.Abs(high) > int.MaxValue)
        {
            return null;
        }

        var step = high >= low ? 1 : -1;
        return ((long)low + (range.LowIncluded ? 0 : step), (long)high - (range.HighIncluded ? 0 : step), step);
    }
}
