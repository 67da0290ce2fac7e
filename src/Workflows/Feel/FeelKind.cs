namespace LaiChau.Workflows.Feel;

/// <summary>The kinds of value a FEEL expression can produce (DMN 1.4, 10.3.2).</summary>
public enum FeelKind : byte
{
    Null = 0,
    Boolean,
    Number,
    String,
    Date,
    Time,
    DateTime,
    DaysTimeDuration,
    YearsMonthsDuration,
    List,
    Context,
    Range,
}
