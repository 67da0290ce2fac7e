using LaiChau.Testing;
using LaiChau.Workflows.Calendar;
using LaiChau.Workflows.Feel;

namespace LaiChau.Workflows.Tests.FieldReport;

/// <summary>The shipped definition, read from the repository, and the calendar the host gives the engine.</summary>
internal static class FieldReportDefinition
{
    public static string Path { get; } = System.IO.Path.Combine(RepositoryPaths.Root, "workflows", "field-report.bpmn");

    public static string Xml => File.ReadAllText(Path);

    public static WorkingDayCalculator Calculator { get; } = new(WorkingDayCalendar.Official);

    /// <summary>The built-ins plus <c>add working days</c> and <c>working days between</c>, as the host registers them.</summary>
    public static FeelFunctions Functions { get; } = WorkingDayFunctions.Register(FeelFunctions.BuiltIn, Calculator);

    /// <summary>A wall-clock time in Lai Châu (UTC+7).</summary>
    public static DateTimeOffset Vn(int month, int day, int hour, int minute = 0) =>
        new(2026, month, day, hour, minute, 0, TestClock.VietnamOffset);
}
