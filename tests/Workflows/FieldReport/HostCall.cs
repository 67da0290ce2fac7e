using LaiChau.Workflows.Feel;

namespace LaiChau.Workflows.Tests.FieldReport;

/// <summary>What the host was asked to do: a notice, report-state or alert job, its header value and what it saw.</summary>
public sealed record HostCall(string Type, string Header, string ElementId, DateTimeOffset At, IReadOnlyDictionary<string, FeelValue> Variables)
{
    /// <summary>"notice:receipt", "report-state:in-progress", "alert:verify-late".</summary>
    public string Key => Type + ":" + Header;

    public string? Text(string name) =>
        Variables.TryGetValue(name, out var value) && value.Kind == FeelKind.String ? value.AsString() : null;

    public override string ToString() => Key;
}
