using System.Text;
using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using LaiChau.Reporting.Letters;
using LaiChau.Reporting.Monthly;

namespace LaiChau.Benchmarks;

/// <summary>Issue 7 targets: a result letter renders in under 50 ms, a 20-page monthly report in under 1 s.</summary>
[MemoryDiagnoser]
public partial class ReportingBenchmarks
{
    private ResultLetter _letter = null!;
    private MonthlyReport _monthly = null!;

    /// <summary>Rows of the overdue list that fill about 20 pages.</summary>
    [Params(600)]
    public int OverdueRows { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _letter = ReportingSamples.Letter();
        _monthly = ReportingSamples.Monthly(OverdueRows);
        Console.WriteLine($"// monthly report: {PageCount(MonthlyReportDocument.Render(_monthly))} pages");
    }

    [Benchmark]
    public byte[] RenderResultLetter() => ResultLetterDocument.Render(_letter);

    [Benchmark]
    public byte[] RenderMonthlyReport() => MonthlyReportDocument.Render(_monthly);

    private static int PageCount(byte[] pdf) => PageObject().Count(Encoding.Latin1.GetString(pdf));

    [GeneratedRegex(@"/Type\s*/Page(?![a-zA-Z])")]
    private static partial Regex PageObject();
}
