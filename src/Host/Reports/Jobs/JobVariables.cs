using LaiChau.Workflows.Engine;
using LaiChau.Workflows.Feel;

namespace LaiChau.Host.Reports.Jobs;

/// <summary>Reading the field-report variables a job carries (docs/field-report-process.md).</summary>
internal static class JobVariables
{
    public static string? Text(this ActivatedJob job, string name) =>
        job.Variables.TryGetValue(name, out var value) && value.Kind == FeelKind.String ? value.AsString() : null;

    /// <summary>A list variable's text items (e.g. attachment names); missing or not a list → empty.</summary>
    public static IReadOnlyList<string> Texts(this ActivatedJob job, string name) =>
        job.Variables.TryGetValue(name, out var value) && value.Kind == FeelKind.List
            ? [.. value.AsList().ToArray().Where(v => v.Kind == FeelKind.String).Select(v => v.AsString())]
            : [];

    public static string ReportCode(this ActivatedJob job) =>
        job.Text("reportCode") ?? throw new MissingJobDataException($"The job of element '{job.ElementId}' has no variable reportCode.");

    public static string Header(this ActivatedJob job, string name) =>
        job.Headers.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value)
            ? value
            : throw new MissingJobDataException($"The job of element '{job.ElementId}' has no header '{name}'.");
}

/// <summary>The definition does not give a handler what the contract says it must: a modelling error, for an incident.</summary>
public sealed class MissingJobDataException(string message) : Exception(message);
