namespace LaiChau.Workflows.Feel.Functions;

/// <summary>The built-in functions of our FEEL subset (DMN 1.4, 10.3.4), registered by name.</summary>
internal static class BuiltInFunctions
{
    // sum, min and max take either one list or the values themselves.
    private const int VarArgs = 100;

    public const string IsDefined = "is defined";

    public static FeelFunctions Register(FeelFunctions registry) => registry
        .With("not", 1, 1, LogicFunctions.Not)
        .With("get or else", 2, 2, LogicFunctions.GetOrElse)
        // The parser compiles "is defined" to its own node; this body only serves calls it cannot see through.
        .With(IsDefined, 1, 1, static (_, _) => FeelValue.True)
        .With("string length", 1, 1, StringFunctions.Length)
        .With("substring", 2, 3, StringFunctions.Substring)
        .With("upper case", 1, 1, StringFunctions.UpperCase)
        .With("lower case", 1, 1, StringFunctions.LowerCase)
        .With("contains", 2, 2, StringFunctions.Contains)
        .With("starts with", 2, 2, StringFunctions.StartsWith)
        .With("ends with", 2, 2, StringFunctions.EndsWith)
        .With("string join", 1, 2, StringFunctions.Join)
        .With("string", 1, 1, ConversionFunctions.ToText)
        .With("number", 1, 3, ConversionFunctions.ToNumber)
        .With("count", 1, 1, ListFunctions.Count)
        .With("sum", 1, VarArgs, ListFunctions.Sum)
        .With("min", 1, VarArgs, ListFunctions.Min)
        .With("max", 1, VarArgs, ListFunctions.Max)
        .With("list contains", 2, 2, ListFunctions.Contains)
        .With("append", 2, VarArgs, ListBuildingFunctions.Append)
        .With("concatenate", 1, VarArgs, ListBuildingFunctions.Concatenate)
        .With("index of", 2, 2, ListBuildingFunctions.IndexOf)
        .With("distinct values", 1, 1, ListBuildingFunctions.DistinctValues)
        .With("reverse", 1, 1, ListBuildingFunctions.Reverse)
        .With("flatten", 1, 1, ListBuildingFunctions.Flatten)
        .With("sublist", 2, 3, ListBuildingFunctions.Sublist)
        .With("is empty", 1, 1, ListBuildingFunctions.IsEmpty)
        .With("abs", 1, 1, NumberFunctions.Abs)
        .With("floor", 1, 1, NumberFunctions.Floor)
        .With("ceiling", 1, 1, NumberFunctions.Ceiling)
        .With("decimal", 2, 2, NumberFunctions.Decimal)
        .With("modulo", 2, 2, NumberFunctions.Modulo)
        .With("round up", 2, 2, NumberFunctions.RoundUp)
        .With("round down", 2, 2, NumberFunctions.RoundDown)
        .With("round half up", 2, 2, NumberFunctions.RoundHalfUp)
        .With("round half down", 2, 2, NumberFunctions.RoundHalfDown)
        .With("get value", 2, 2, ContextFunctions.GetValue)
        .With("get entries", 1, 1, ContextFunctions.GetEntries)
        .With("context put", 3, 3, ContextFunctions.ContextPut)
        .With("context merge", 1, 1, ContextFunctions.ContextMerge)
        .With("trim", 1, 1, StringFunctions.Trim)
        .With("date", 1, 3, TemporalFunctions.Date)
        .With("time", 1, 4, TemporalFunctions.Time)
        .With("date and time", 1, 2, TemporalFunctions.DateAndTime)
        .With("duration", 1, 1, TemporalFunctions.Duration)
        .With("years and months duration", 2, 2, TemporalFunctions.YearsAndMonthsDuration)
        .With("now", 0, 0, (_, context) => FeelValue.DateTime(context.Now()))
        .With("today", 0, 0, (_, context) => FeelValue.Date(DateOnly.FromDateTime(context.Now().DateTime)));
}
