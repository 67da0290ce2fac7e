using System.Collections.Concurrent;
using System.Globalization;
using LaiChau.Workflows.Feel;

namespace LaiChau.Workflows.Runtime;

/// <summary>
/// Model texts as Zeebe writes them: a leading <c>=</c> makes a FEEL expression (parsed once, cached), anything
/// else is a literal string. Shared by all instances of one <see cref="Semantics"/>.
/// </summary>
internal sealed class Expressions(FeelContext context, FeelFunctions? functions)
{
    private readonly ConcurrentDictionary<string, FeelExpression> _parsed = new(StringComparer.Ordinal);

    public FeelValue Evaluate(string text, IFeelVariables variables) =>
        text.StartsWith('=') ? Parse(text).Evaluate(variables, context) : FeelValue.String(text);

    /// <summary>A condition holds only when it evaluates to <c>true</c>; null, a non-boolean or no condition at all is decided by the caller.</summary>
    public bool IsTrue(string condition, IFeelVariables variables) => Evaluate(condition, variables).IsTrue;

    public string? EvaluateText(string? text, IFeelVariables variables) =>
        text is null ? null : AsText(Evaluate(text, variables));

    public IReadOnlyList<string> EvaluateList(string? text, IFeelVariables variables)
    {
        if (text is null)
        {
            return [];
        }

        var value = Evaluate(text, variables);
        return value.Kind == FeelKind.List
            ? [.. value.AsList().ToArray().Select(AsText).OfType<string>()]
            : [.. (AsText(value) ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
    }

    /// <summary>A FEEL date-time without offset is read in the context's zone; a text without offset is read as UTC (Zeebe wants ISO 8601 with offset).</summary>
    public DateTimeOffset? EvaluateInstant(string? text, IFeelVariables variables) =>
        text is null ? null : InstantOf(Evaluate(text, variables), text);

    /// <summary>A value as an instant; text that is not an ISO 8601 date-time is a FEEL failure (an incident), not a crash.</summary>
    public DateTimeOffset? InstantOf(FeelValue value, string source) => value.Kind switch
    {
        FeelKind.Null => null,
        FeelKind.DateTime when value.Offset is null => new DateTimeOffset(value.AsDateTime(), context.Zone.GetUtcOffset(value.AsDateTime())),
        FeelKind.DateTime => value.AsDateTimeOffset(),
        _ => DateTimeOffset.TryParse(AsText(value), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant)
            ? instant
            : throw new FeelException($"'{source}' gave '{AsText(value)}', which is not a date-time (ISO 8601, with offset)."),
    };

    private FeelExpression Parse(string text) =>
        _parsed.GetOrAdd(text, static (t, f) => FeelExpression.Parse(t[1..], f), functions);

    private static string? AsText(FeelValue value) => value.Kind switch
    {
        FeelKind.Null => null,
        FeelKind.String => value.AsString(),
        _ => value.ToString(),
    };
}
