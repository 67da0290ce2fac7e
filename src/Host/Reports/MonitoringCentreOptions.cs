namespace LaiChau.Host.Reports;

/// <summary><c>Reports:MonitoringCentre:*</c>: how the system reaches the monitoring centre (SOC-IOC).</summary>
public sealed class MonitoringCentreOptions
{
    public const string Section = "Reports:MonitoringCentre";

    /// <summary>The centre's mailbox for the monthly report (R11.3) and the daily overdue digest (R11.1).</summary>
    public string? Email { get; set; }
}
