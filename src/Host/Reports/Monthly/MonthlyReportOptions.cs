namespace LaiChau.Host.Reports.Monthly;

/// <summary><c>Reports:Monthly:*</c>: who receives the monthly report (R11.3) besides the monitoring centre.</summary>
public sealed class MonthlyReportOptions
{
    public const string Section = "Reports:Monthly";

    /// <summary>
    /// The provincial People's Committee's mailbox and any other recipient; the report is "for the provincial People's
    /// Committee" (R11.3). The centre's own mailbox (<c>Reports:MonitoringCentre:Email</c>) always receives it too.
    /// </summary>
    public IList<string> Recipients { get; } = [];
}
