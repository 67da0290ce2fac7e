using System.Text;
using LaiChau.Testing;
using LaiChau.Workflows.Feel;

namespace LaiChau.Workflows.Tests.Feel;

/// <summary>
/// Expressions come from uploaded process definitions: whatever the text, parsing must not throw and evaluation
/// may only throw the sandbox's own exception.
/// </summary>
public sealed class FuzzTests
{
    private const string Alphabet = "abxyz019 .,()[]{}:\"@\\-+*/<>=!?đư_$\n";

    private static readonly string[] Fragments =
    [
        "1", "2.5", "0", "-", "\"a\"", "\"Lai Châu\"", "x", "xs", "item", "a.b", "+", "-", "*", "/", "**", "=", "!=", "<", ">=",
        "and", "or", "not(", "(", ")", "[", "]", "{", "}", ",", ":", "..", ".", "if", "then", "else", "some", "every", "in",
        "satisfies", "between", "@\"2025-01-01\"", "@\"P1D\"", "@\"P1Y\"", "@\"10:00:00\"", "string length(", "substring(",
        "date(", "date and time(", "now()", "today()", "count(", "sum(", "min(", "list contains(", "duration(", "null", "true",
        "false", " ", "string join(", "upper case(", "number(", "time(", "years and months duration(", "[1..3]", "< 5", "for", "return", "is defined(",
    ];

    private static readonly string[] Valid =
    [
        "outcome = \"accept\" and urgent = false",
        "some x in [1, 2, 3] satisfies x > 2",
        "every o in [{a: 1}, {a: 2}] satisfies o.a > 0",
        "if count(xs) > 2 then xs[-1] else substring(\"Lai Châu\", 1, 3)",
        "[1, 2, 3, 4][item > 2][1] + sum([1, 2]) ** 2",
        "date(\"2025-01-01\") + @\"P1M\" - duration(\"PT5H\") in [@\"2025-01-01\"..@\"2025-12-31\"]",
        "{ a: 1, b: { c: [1, 2] } }.b.c[2] between 1 and 3",
        "string join([\"a\", upper case(\"đường\")], \", \") != null or not(false)",
        "5 in (< 3, [4..6], 10)",
        "years and months duration(date(\"2024-01-15\"), today()) > @\"P1Y\"",
        "for x in [1, 2], y in [3] return x * y + count(for z in [x] return z)",
        "is defined(a.b) and every x in [1] satisfies is defined(x)",
    ];

    // The names the fragments use, so that evaluation also meets real values.
    private static readonly FeelVariables Some = Feel.Variables("""
        { "x": 5, "xs": [1, 2.5, "a", null, { "b": 1 }], "a": { "b": "c" }, "y": "2025-01-01", "z": null }
        """);

    // A runaway evaluation (the step budget, FeelLimits.MaxSteps, not holding) allocates far beyond this; the largest
    // case of the fixed seed allocates about 0.5 MB.
    private const long PerCaseBytes = 16L << 20;

    [Fact]
    public void ParseAndEvaluate_OfRandomText_NeverFailOutsideTheSandbox()
    {
        var random = new Random(20261128);
        var cases = Enumerable.Range(0, 6_000).Select(i => (i % 3) switch
        {
            0 => RandomCharacters(random),
            1 => RandomFragments(random),
            _ => Truncated(random),
        });
        var parsed = 0;
        var largest = 0L;
        foreach (var source in cases)
        {
            var (ok, bytes) = AllocationBudget.Measure(() => Run(source));
            parsed += ok ? 1 : 0;
            largest = Math.Max(largest, bytes);
            Assert.True(bytes < PerCaseBytes, $"'{source}' allocated {bytes:N0} bytes");
        }

        Console.WriteLine($"FEEL fuzz: largest case allocated {largest:N0} bytes");

        // Some must parse, or the evaluator was never exercised.
        Assert.InRange(parsed, 300, 6_000);
    }

    private static bool Run(string source)
    {
        try
        {
            if (!FeelExpression.TryParse(source, out var expression, out var error))
            {
                Assert.InRange(error.Offset, 0, source.Length);
                return false;
            }

            Evaluate(expression, new FeelVariables());
            Evaluate(expression, Some);
            return true;
        }
        catch (Exception e) when (e is not Xunit.Sdk.XunitException)
        {
            Assert.Fail($"'{source}' threw {e}");
            return false;
        }
    }

    private static void Evaluate(FeelExpression expression, FeelVariables variables)
    {
        try
        {
            expression.Evaluate(variables, Feel.Context([]));
        }
        catch (FeelEvaluationException)
        {
            // The sandbox stopped it: allowed.
        }
    }

    private static string RandomCharacters(Random random)
    {
        var text = new StringBuilder();
        for (var n = random.Next(1, 40); n > 0; n--)
        {
            text.Append(Alphabet[random.Next(Alphabet.Length)]);
        }

        return text.ToString();
    }

    private static string RandomFragments(Random random)
    {
        var text = new StringBuilder();
        for (var n = random.Next(1, 12); n > 0; n--)
        {
            text.Append(Fragments[random.Next(Fragments.Length)]).Append(random.Next(3) == 0 ? "" : " ");
        }

        return text.ToString();
    }

    private static string Truncated(Random random)
    {
        var source = Valid[random.Next(Valid.Length)];
        var cut = random.Next(source.Length + 1);
        return random.Next(4) == 0 ? source[cut..] : source[..cut];
    }
}
