using LaiChau.Host.Data;
using LaiChau.Host.Reports.Data;
using LaiChau.Host.Workflows.Messages;
using LaiChau.Workflows.Engine;
using LaiChau.Workflows.Feel;
using Microsoft.EntityFrameworkCore;

namespace LaiChau.Host.Reports.Staff;

/// <summary>What a merge did: published to the report's instance, refused by a check, refused by the message rule, or nothing waited.</summary>
public sealed record MergeOutcome(MergeRefusal? Refusal, IReadOnlyDictionary<string, string[]> Errors, bool Reached, ReportRow? Original);

/// <summary>
/// R5.7: an officer confirms that a report repeats an original. The process decides what that means (message
/// <c>report-merged</c>: the handling ends as merged, the reporter is told and follows the original's notices); here the
/// request is checked and published, and <see cref="MergeMessageRule"/> checks it again and audits it whichever route
/// it took. Shared by <c>POST /api/v1/reports/{code}/duplicate</c> and the case page.
/// </summary>
public static class ReportMerging
{
    public static async Task<MergeOutcome> MergeAsync(
        ReportRow report, string? originalCode, string? reason, ReportAccess access, AppDbContext db, MessagePublisher publisher, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(access);
        ArgumentNullException.ThrowIfNull(publisher);
        var code = (originalCode ?? report.DuplicateOf)?.Trim() ?? "";
        var original = ReportCodes.IsWellFormed(code) ? await db.Reports.AsNoTracking().FirstOrDefaultAsync(r => r.Code == code, ct) : null;
        if (MergeRefusals.Of(report, original) is { } refusal)
        {
            return new MergeOutcome(refusal, new Dictionary<string, string[]>(), false, original);
        }

        var variables = new Dictionary<string, FeelValue>(StringComparer.Ordinal)
        {
            [MergeMessageRule.OriginalCode] = FeelValue.String(code),
            [MergeMessageRule.Reason] = FeelValue.String(reason?.Trim() ?? ""),
        };

        var outcome = await publisher.PublishAsync(new PublishMessage(MergeMessageRule.MessageName, report.Code, variables, null, TimeSpan.Zero), access.Sender, ct);
        return new MergeOutcome(null, outcome.Errors, outcome.Reached, original);
    }
}
