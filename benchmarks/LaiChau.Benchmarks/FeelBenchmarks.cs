using BenchmarkDotNet.Attributes;
using LaiChau.Workflows.Feel;

namespace LaiChau.Benchmarks;

/// <summary>
/// Issue 3 targets: a cached typical condition evaluates in under 1 µs with no allocation beyond the result;
/// a 200-character expression parses in under 50 µs.
/// </summary>
[MemoryDiagnoser]
public class FeelBenchmarks
{
    /// <summary>A gateway condition of the kind the regulation's definitions use.</summary>
    public const string Condition = "outcome = \"accept\" and urgent = false";

    /// <summary>About 200 characters: a due-date decision with a context, a filter, a function and a comparison.</summary>
    public const string LongExpression =
        "if urgent = true then 0 else if count(coordinators[answered = false]) > 0 " +
        "then min([remainingDays, 2]) else { base: 5, extra: if category in [\"landslide\", \"fire\", \"flood\"] then 0 else 1 }.base + 0";

    private readonly FeelContext _context = new(TimeProvider.System);
    private FeelExpression _condition = null!;
    private FeelVariables _variables = null!;

    [GlobalSetup]
    public void Setup()
    {
        _condition = FeelExpression.Parse(Condition);
        _variables = new FeelVariables
        {
            ["outcome"] = FeelValue.String("accept"),
            ["urgent"] = FeelValue.Boolean(false),
        };
    }

    [Benchmark]
    public bool EvaluateCachedCondition() => _condition.EvaluateCondition(_variables, _context);

    [Benchmark]
    public FeelExpression ParseLongExpression() => FeelExpression.Parse(LongExpression);
}
