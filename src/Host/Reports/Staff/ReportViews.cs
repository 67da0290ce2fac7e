using LaiChau.Host.Reports.Data;

namespace LaiChau.Host.Reports.Staff;

/// <summary>A report as staff see it: everything but the reporter's contact, which is masked (R5.5).</summary>
public sealed record StaffReportView(
    string Code, string Category, string Description, double? Lat, double? Lon, string? Address, string? CommuneCode,
    string LeadAgency, DateTimeOffset ReceivedAt, DateTimeOffset DueAt, DateTimeOffset UpdatedAt, string State,
    string? StatusNotes, bool Urgent, string? UrgentReason, bool Confidential, bool StateSecret, IReadOnlyList<string> Flags,
    string? DuplicateOf, string DuplicateLink, bool Hidden, bool Overdue, string? Result, string? Rating,
    string ReporterName, string ReporterPhone, string? ReporterEmail, bool ContactConsent, Guid? InstanceId)
{
    public static StaffReportView Of(ReportRow r, string name, string phone, string? email) => new(
        r.Code, r.CategoryCode, r.Description, r.Lat, r.Lon, r.Address, r.CommuneCode, r.LeadAgency, r.ReceivedAt, r.DueAt,
        r.UpdatedAt, Camel(r.State.ToString()), r.StatusNotes, r.Urgent, r.UrgentReason, r.Confidential, r.StateSecret,
        ReportFlags.Read(r.Flags), r.DuplicateOf, Camel(r.DuplicateLink.ToString()), r.Hidden, r.Overdue, r.Result, r.Rating,
        ContactMasks.Name(name), ContactMasks.Phone(phone), ContactMasks.Email(email), r.ContactConsent, r.InstanceId);

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}

public sealed record ContactView(string Name, string Phone, string? Email);

public sealed record ReasonRequest(string? Reason);

public sealed record RerouteRequest(string? TargetAgency, string? Reason);

/// <summary>R5.7: <c>confirm</c> true merges the report into <c>original</c> (default: the suggested one); false undoes a suggestion.</summary>
public sealed record DuplicateRequest(bool? Confirm, string? Reason, string? Original = null);

public sealed record StateSecretRequest(bool? Secret, string? Reason);

public sealed record AuditView(DateTimeOffset At, string Actor, string Action, string? Detail);

public sealed record AlertView(string ReportCode, string Agency, string Kind, DateTimeOffset At);

/// <summary>The monitoring centre's watch list (R9, R11.1, R12.3): hidden reports, overdue ones (hidden and overdue flagged), alerts.</summary>
public sealed record WatchList(IReadOnlyList<WatchItem> Reports, IReadOnlyList<AlertView> Alerts);

public sealed record WatchItem(string Code, string LeadAgency, DateTimeOffset DueAt, bool Hidden, bool Overdue, bool HiddenAndOverdue, string State);
