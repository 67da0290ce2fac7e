using System.Globalization;

namespace LaiChau.Workflows.Feel.Nodes;

/// <summary>
/// The state of one evaluation, passed by reference through the node tree so that evaluating allocates nothing:
/// variables, the context, the step budget and the local names bound by filters, quantifiers and contexts.
/// </summary>
internal struct Evaluation(IFeelVariables variables, FeelContext context, string source)
{
    private int _steps;

    public readonly IFeelVariables Variables = variables;

    public readonly FeelContext Context = context;

    public readonly string Source = source;

    public Frame? Frames;

    public readonly bool Collecting => Context.Warnings is not null;

    public void Step(int offset)
    {
        if (++_steps > FeelLimits.MaxSteps)
        {
            throw new FeelEvaluationException($"evaluation took more than {FeelLimits.MaxSteps} steps", Source, offset);
        }
    }

    public readonly void CheckListLength(int length, int offset)
    {
        if (length > FeelLimits.MaxListLength)
        {
            throw new FeelEvaluationException($"a list would have more than {FeelLimits.MaxListLength} elements", Source, offset);
        }
    }

    public readonly bool TryLookup(string name, out FeelValue value)
    {
        for (var frame = Frames; frame is not null; frame = frame.Parent)
        {
            if (frame.TryGet(name, out value))
            {
                return true;
            }
        }

        return Variables.TryGet(name, out value);
    }

    /// <summary>Records a warning (formatting the message only when someone collects them) and yields null.</summary>
    public readonly FeelValue Warn(int offset, string format, string? arg0 = null, string? arg1 = null, string? arg2 = null)
    {
        if (Context.Warnings is { } sink)
        {
            var reason = string.Format(CultureInfo.InvariantCulture, format, arg0, arg1, arg2);
            sink.Add(new FeelWarning(FeelMessages.Describe(reason, Source, offset), offset));
        }

        return FeelValue.Null;
    }

    public static string KindName(FeelKind kind) => kind switch
    {
        FeelKind.Null => "null",
        FeelKind.Boolean => "boolean",
        FeelKind.Number => "number",
        FeelKind.String => "string",
        FeelKind.Date => "date",
        FeelKind.Time => "time",
        FeelKind.DateTime => "date and time",
        FeelKind.DaysTimeDuration => "days and time duration",
        FeelKind.YearsMonthsDuration => "years and months duration",
        FeelKind.List => "list",
        FeelKind.Context => "context",
        _ => "range",
    };
}
