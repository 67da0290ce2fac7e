using LaiChau.Host.Reports.Data;
using LaiChau.Host.Workflows.Messages;
using LaiChau.Workflows.Engine;
using LaiChau.Workflows.Feel;

namespace LaiChau.Host.Reports.Staff;

/// <summary>
/// R7.6, first case: the agencies handling a report cannot agree; a leader of one of them (the lead agency or one asked
/// to coordinate, R7.4) sends it to the provincial People's Committee's assignment (message <c>report-disagreement</c>).
/// What <see cref="DisagreementMessageRule"/> and the case page share.
/// </summary>
public static class Disagreements
{
    public const string MessageName = "report-disagreement";
    public const string Reason = "reason";

    /// <summary>The variable of the definition's contract that names the agencies asked to coordinate.</summary>
    private const string CoordinatingAgencies = "coordinatingAgencies";

    /// <summary>The lead agency and the agencies its process asked to coordinate.</summary>
    public static async Task<IReadOnlyList<string>> InvolvedAgenciesAsync(ReportRow report, WorkflowQueries queries, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(queries);
        var agencies = new List<string> { report.LeadAgency };
        if (report.InstanceId is { } instance
            && (await queries.GetInstanceAsync(instance, ct)).Variables.TryGetValue(CoordinatingAgencies, out var asked)
            && asked.Kind == FeelKind.List)
        {
            agencies.AddRange(asked.AsList().ToArray().Where(v => v.Kind == FeelKind.String).Select(v => v.AsString()));
        }

        return agencies;
    }

    /// <summary>While the report is being handled (not after its answer, nor while the province already assigns it).</summary>
    public static bool IsOpen(ReportRow report) =>
        !ReportStatusNotes.IsClosed(report.State) && report.State != ReportState.Escalated;

    public static bool IsLeaderOfOne(ReportAccess access, IEnumerable<string> involved) => involved.Any(access.IsLeader);

    public static Task<MessageOutcome> StartAsync(ReportRow report, string reason, ReportAccess access, MessagePublisher publisher, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(access);
        ArgumentNullException.ThrowIfNull(publisher);
        var variables = new Dictionary<string, FeelValue>(StringComparer.Ordinal) { [Reason] = FeelValue.String(reason.Trim()) };
        return publisher.PublishAsync(new PublishMessage(MessageName, report.Code, variables, null, TimeSpan.Zero), access.Sender, ct);
    }
}
