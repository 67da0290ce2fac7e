namespace LaiChau.Workflows.Feel;

/// <summary>Equality and ordering between FEEL values; null means "not comparable" (DMN 1.4, 10.3.2.9).</summary>
internal static class FeelCompare
{
    public static bool? AreEqual(in FeelValue a, in FeelValue b)
    {
        if (a.Kind == FeelKind.Null || b.Kind == FeelKind.Null)
        {
            return a.Kind == b.Kind;
        }

        if (a.Kind != b.Kind)
        {
            return null;
        }

        switch (a.Kind)
        {
            case FeelKind.Boolean:
            case FeelKind.Date:
            case FeelKind.DaysTimeDuration:
            case FeelKind.YearsMonthsDuration:
                return a.RawTicks == b.RawTicks;
            case FeelKind.Number:
                return a.RawNumber == b.RawNumber;
            case FeelKind.String:
                return string.Equals((string)a.RawRef!, (string)b.RawRef!, StringComparison.Ordinal);
            case FeelKind.Time:
            case FeelKind.DateTime:
                return Compare(a, b) is { } c ? c == 0 : a.HasOffset == b.HasOffset ? null : false;
            case FeelKind.List:
                return ListsEqual(a.RawList, b.RawList);
            case FeelKind.Context:
                return ContextsEqual(a.AsContext(), b.AsContext());
            case FeelKind.Range:
                var (x, y) = (a.AsRange(), b.AsRange());
                return x.LowIncluded == y.LowIncluded && x.HighIncluded == y.HighIncluded
                    && x.Low.Equals(y.Low) && x.High.Equals(y.High);
            default:
                return null;
        }
    }

    /// <summary>Orders two values of the same comparable kind; null when they cannot be ordered.</summary>
    public static int? Compare(in FeelValue a, in FeelValue b)
    {
        if (a.Kind != b.Kind)
        {
            return null;
        }

        switch (a.Kind)
        {
            case FeelKind.Number:
                return a.RawNumber.CompareTo(b.RawNumber);
            case FeelKind.String:
                return string.CompareOrdinal((string)a.RawRef!, (string)b.RawRef!);
            case FeelKind.Date:
            case FeelKind.DaysTimeDuration:
            case FeelKind.YearsMonthsDuration:
                return a.RawTicks.CompareTo(b.RawTicks);
            case FeelKind.Time:
            case FeelKind.DateTime:
                // Local and offset values are not comparable: there is no time zone to relate them.
                if (a.HasOffset != b.HasOffset)
                {
                    return null;
                }

                return Instant(a).CompareTo(Instant(b));
            default:
                return null;
        }
    }

    private static long Instant(in FeelValue v) =>
        v.HasOffset ? v.RawTicks - (v.RawOffset * TimeSpan.TicksPerMinute) : v.RawTicks;

    private static bool? ListsEqual(FeelValue[] a, FeelValue[] b)
    {
        if (a.Length != b.Length)
        {
            return false;
        }

        for (var i = 0; i < a.Length; i++)
        {
            if (AreEqual(a[i], b[i]) != true)
            {
                return false;
            }
        }

        return true;
    }

    private static bool? ContextsEqual(FeelMap a, FeelMap b)
    {
        if (a.Count != b.Count)
        {
            return false;
        }

        foreach (var (key, value) in a)
        {
            if (!b.TryGet(key, out var other) || AreEqual(value, other) != true)
            {
                return false;
            }
        }

        return true;
    }
}
