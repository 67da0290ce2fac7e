using LaiChau.Host.Reports.Intake;

namespace LaiChau.Host.Reports.Submit;

/// <summary>Intake settings (<c>Reports:Intake:*</c>).</summary>
public sealed class IntakeOptions
{
    public const string Section = "Reports:Intake";

    /// <summary>Reports must lie inside the province: this box (WGS84) holds Lai Châu with a margin of about 5 km.</summary>
    public double MinLat { get; set; } = 21.65;

    public double MaxLat { get; set; } = 22.90;

    public double MinLon { get; set; } = 102.10;

    public double MaxLon { get; set; } = 104.00;

    public DuplicateOptions Duplicates { get; set; } = new();

    /// <summary>The process every report starts (issue 6 point 3).</summary>
    public string ProcessId { get; set; } = "field-report";
}
