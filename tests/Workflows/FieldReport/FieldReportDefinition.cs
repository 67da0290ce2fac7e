using LaiChau.Testing;
using LaiChau.Workflows.Calendar;
using LaiChau.Workflows.Engine;
using LaiChau.Workflows.Feel;

namespace LaiChau.Workflows.Tests.FieldReport;

/// <summary>The shipped definition, read from the repository, and the calendar the host gives the engine.</summary>
internal static class FieldReportDefinition
{
    public static string Path { get; } = System.IO.Path.Combine(RepositoryPaths.Root, "workflows", "field-report.bpmn");

    public static string Xml => File.ReadAllText(Path);

    /// <summary>The definition and the forms its user tasks link (<c>workflows/*.form</c>), as the host deploys them.</summary>
    public static IReadOnlyList<DeploymentResource> Resources =>
    [
        new("field-report.bpmn", Xml),
        .. Directory.GetFiles(System.IO.Path.GetDirectoryName(Path)!, "*.form").Order(StringComparer.Ordinal)
            .Select(f => new DeploymentResource(System.IO.Path.GetFileName(f), File.ReadAllText(f))),
    ];

    /// <summary>R7.3: agencies whose own limit is not the regulation's 5 working days (the host reads its agencies table).</summary>
    public static IReadOnlyDictionary<string, int> AgencyLimits { get; } = new Dictionary<string, int> { ["UBND-NHANH"] = 3 };

    public static WorkingDayCalculator Calculator { get; } = new(WorkingDayCalendar.Official);

    /// <summary>
    /// The built-ins plus <c>add working days</c>, <c>working days between</c> and <c>agency resolution days</c>, as the
    /// host registers them (every agency but those of <see cref="AgencyLimits"/> has 5 days).
    /// </summary>
    public static FeelFunctions Functions { get; } = WorkingDayFunctions.Register(FeelFunctions.BuiltIn, Calculator)
        .With("agency resolution days", 1, 1, (args, _) =>
            args[0].Kind == FeelKind.String ? FeelValue.Number(AgencyLimits.GetValueOrDefault(args[0].AsString(), 5)) : FeelValue.Null);

    /// <summary>A date-time variable as the engine keeps it (its ISO text once saved).</summary>
    public static DateTimeOffset Instant(FeelValue value) =>
        value.Kind == FeelKind.String ? DateTimeOffset.Parse(value.AsString(), System.Globalization.CultureInfo.InvariantCulture) : value.AsDateTimeOffset();

    /// <summary>A wall-clock time in Lai Châu (UTC+7).</summary>
    public static DateTimeOffset Vn(int month, int day, int hour, int minute = 0) =>
        new(2026, month, day, hour, minute, 0, TestClock.VietnamOffset);
}
