using System.Security.Claims;
using LaiChau.Host.ApiDocs;
using LaiChau.Host.Data;
using LaiChau.Host.Reports.Data;
using LaiChau.Host.Security.ApiKeys;
using LaiChau.Host.Security;
using LaiChau.Host.Workflows.Messages;
using LaiChau.Workflows.Engine;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace LaiChau.Host.Reports.Staff;

/// <summary>
/// <c>/api/v1/reports</c> for staff (issue 6 point 5): list and read (contact masked), reveal the contact (audited,
/// R5.5), hide and show with a reason (audited, R9), confirm or undo a duplicate link (R5.7), the audit trail, and the
/// watch list. Every check is made here, whatever the UI shows.
/// </summary>
public static class ReportStaffEndpoints
{
    public const int MinReasonLength = 10;

    public static void Map(WebApplication app)
    {
        var group = app.MapGroup("/api/v1/reports").RequireAuthorization(ApiKeysSetup.StaffPolicy).WithTags(ApiDocs.ApiTags.Reports);
        group.MapGet("", ListAsync).WithSummary("Reports of the caller's agencies (the monitoring centre: all), contact masked");
        group.MapGet("{code}", GetAsync).WithSummary("One report");
        group.MapPost("{code}/contact", RevealAsync).WithSummary("The reporter's name, phone and e-mail; audited (R5.5)");
        group.MapPost("{code}/hide", (string code, ReasonRequest body, ClaimsPrincipal user, AppDbContext db, TimeProvider clock, CancellationToken ct) =>
            SetHiddenAsync(code, hidden: true, body, user, db, clock, ct)).WithSummary("Hide a report with a reason (R9)");
        group.MapPost("{code}/show", (string code, ReasonRequest body, ClaimsPrincipal user, AppDbContext db, TimeProvider clock, CancellationToken ct) =>
            SetHiddenAsync(code, hidden: false, body, user, db, clock, ct)).WithSummary("Show a hidden report again");
        group.MapPost("{code}/duplicate", DuplicateAsync).WithSummary("Merge a report into its original, or undo a suggested duplicate link (R5.7)");
        group.MapPost("{code}/state-secret", StateSecretAsync).WithSummary("Restrict a report to leaders, the centre and administrators (R7.1b)");
        group.MapPost("{code}/reroute", RerouteAsync).WithSummary("Move a report being handled to another agency (R7.5)");
        group.MapGet("{code}/audit", AuditAsync).WithSummary("The report's audit trail");
        group.MapGet("{code}/letter.pdf", LetterAsync).WithSummary("The result letter as issued (R7.1 step 4)").ProducesFile("application/pdf");
        app.MapGet("/api/v1/watch-list", WatchListAsync).RequireAuthorization(ApiKeysSetup.StaffPolicy)
            .WithTags(ApiDocs.ApiTags.Reports).WithSummary("Hidden and overdue reports and the process's alerts (R9, R11.1, R12.3)");
    }

    public static async Task<Ok<List<StaffReportView>>> ListAsync(
        string? agency, bool? hidden, bool? overdue, int? limit, ClaimsPrincipal user, AppDbContext db, PersonalData personal, CancellationToken ct)
    {
        var access = new ReportAccess(user);
        var query = db.Reports.AsNoTracking();
        if (!access.SeesAll)
        {
            var mine = access.Agencies.ToList();
            query = query.Where(r => mine.Contains(r.LeadAgency));
        }

        query = agency is null ? query : query.Where(r => r.LeadAgency == agency);
        query = hidden is null ? query : query.Where(r => r.Hidden == hidden);
        query = overdue is null ? query : query.Where(r => r.Overdue == overdue);
        var rows = await query.OrderByDescending(r => r.ReceivedAt).Take(Math.Clamp(limit ?? 100, 1, 500)).ToListAsync(ct);
        return TypedResults.Ok(rows.Where(access.MaySee).Select(r => View(r, personal)).ToList());
    }

    public static async Task<Results<Ok<StaffReportView>, ProblemHttpResult>> GetAsync(
        string code, ClaimsPrincipal user, AppDbContext db, PersonalData personal, CancellationToken ct)
    {
        var (report, problem) = await FindAsync(code, new ReportAccess(user), db, ct);
        return report is null ? problem! : TypedResults.Ok(View(report, personal));
    }

    public static async Task<Results<Ok<ContactView>, ProblemHttpResult>> RevealAsync(
        string code, ClaimsPrincipal user, AppDbContext db, PersonalData personal, TimeProvider clock, CancellationToken ct)
    {
        var access = new ReportAccess(user);
        var (report, problem) = await FindAsync(code, access, db, ct);
        if (report is null)
        {
            return problem!;
        }

        return await ReportModeration.RevealContactAsync(report, access, db, personal, clock, ct) is { } contact
            ? TypedResults.Ok(contact)
            : Forbidden("The reporter did not consent to share their contact details (R5.5); the monitoring centre can relay a message.");
    }

    /// <summary>R9: hiding needs a reason and is audited; the process keeps running and the report stays on the watch list.</summary>
    private static async Task<Results<NoContent, ProblemHttpResult, ValidationProblem>> SetHiddenAsync(
        string code, bool hidden, ReasonRequest body, ClaimsPrincipal user, AppDbContext db, TimeProvider clock, CancellationToken ct)
    {
        if (Reason(body.Reason) is { } invalid)
        {
            return invalid;
        }

        var access = new ReportAccess(user);
        var (report, problem) = await FindAsync(code, access, db, ct);
        if (report is null)
        {
            return problem!;
        }

        await ReportModeration.SetHiddenAsync(report, hidden, body.Reason!, access, db, clock, ct);
        return TypedResults.NoContent();
    }

    /// <summary>
    /// R7.1b: the lead agency's leaders or the monitoring centre mark a report as touching state secrets (or clear the
    /// mark), with a reason, audited; from then on only leaders, the centre and administrators see it.
    /// </summary>
    public static async Task<Results<NoContent, ProblemHttpResult, ValidationProblem>> StateSecretAsync(
        string code, StateSecretRequest body, ClaimsPrincipal user, AppDbContext db, TimeProvider clock, CancellationToken ct)
    {
        if (body.Secret is null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["secret"] = ["Say true to restrict the report, false to lift it."] });
        }

        if (Reason(body.Reason) is { } invalid)
        {
            return invalid;
        }

        var access = new ReportAccess(user);
        var (report, problem) = await FindAsync(code, access, db, ct);
        if (report is null)
        {
            return problem!;
        }

        if (!access.SeesAll && !access.IsLeader(report.LeadAgency))
        {
            return Forbidden("Only the lead agency's leaders and the monitoring centre decide on state secrets (R7.1b).");
        }

        report.StateSecret = body.Secret.Value;
        report.UpdatedAt = clock.GetUtcNow();
        db.ReportAudit.Add(Audit(report.Code, access.UserId, body.Secret.Value ? ReportAuditActions.MarkStateSecret : ReportAuditActions.ClearStateSecret, body.Reason!.Trim(), clock));
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }

    /// <summary>R7.5: the monitoring centre re-routes a report to another agency at any step of its handling (ReportRerouting).</summary>
    public static async Task<Results<Accepted, ProblemHttpResult, ValidationProblem>> RerouteAsync(
        string code, RerouteRequest body, ClaimsPrincipal user, AppDbContext db, MessagePublisher publisher, WorkflowQueries queries, CancellationToken ct)
    {
        var access = new ReportAccess(user);
        var (report, problem) = await FindAsync(code, access, db, ct);
        if (report is null)
        {
            return problem!;
        }

        var refusal = await ReportRerouting.RerouteAsync(report, body.TargetAgency, body.Reason, access, db, publisher, queries, ct);
        return refusal switch
        {
            RerouteRefusal.None => TypedResults.Accepted($"/api/v1/reports/{code}"),
            RerouteRefusal.NotMonitoringCentre => Forbidden("Only the monitoring centre adjusts the routing (R7.5)."),
            RerouteRefusal.ReasonMissing => Reason(null)!,
            RerouteRefusal.SameAgency or RerouteRefusal.AgencyUnknown or RerouteRefusal.AgencyNotReady =>
                Invalid(ReportRerouting.TargetAgency, ReportRerouting.Describe(refusal).Message),
            RerouteRefusal.AwaitingAssignment => Conflict("The provincial People's Committee is assigning the handling agency (R7.6); it decides instead."),
            RerouteRefusal.VersionWithoutRerouting => Conflict("This report's process version has no re-routing; migrate it to the latest version in the designer."),
            RerouteRefusal.NotWaiting => Conflict("The report is between two steps; try again in a moment."),
            _ => Conflict("The report already has its answer (result, rejection or closure); nothing to re-route."),
        };
    }

    /// <summary>
    /// R5.7: an officer confirms that a report repeats an original — its process ends as merged and its reporter follows
    /// the original (<see cref="ReportMerging"/>) — or undoes a suggested link.
    /// </summary>
    public static async Task<Results<NoContent, ProblemHttpResult, ValidationProblem>> DuplicateAsync(
        string code, DuplicateRequest body, ClaimsPrincipal user, AppDbContext db, MessagePublisher publisher, TimeProvider clock, CancellationToken ct)
    {
        if (body.Confirm is null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["confirm"] = ["Say true to confirm the duplicate link, false to undo it."] });
        }

        var access = new ReportAccess(user);
        var (report, problem) = await FindAsync(code, access, db, ct);
        if (report is null)
        {
            return problem!;
        }

        if (body.Confirm.Value)
        {
            return await MergeAsync(report, body, access, db, publisher, ct);
        }

        if (report.DuplicateOf is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Not linked",
                detail: $"Report {code} is not linked to another report.");
        }

        report.DuplicateLink = DuplicateLink.Undone;
        report.UpdatedAt = clock.GetUtcNow();
        db.ReportAudit.Add(Audit(report.Code, access.UserId, ReportAuditActions.UndoDuplicate, $"{report.DuplicateOf} {body.Reason}".Trim(), clock));
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }

    private static async Task<Results<NoContent, ProblemHttpResult, ValidationProblem>> MergeAsync(
        ReportRow report, DuplicateRequest body, ReportAccess access, AppDbContext db, MessagePublisher publisher, CancellationToken ct)
    {
        var outcome = await ReportMerging.MergeAsync(report, body.Original, body.Reason, access, db, publisher, ct);
        if (outcome.Refusal is MergeRefusal.AlreadyAnswered)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Cannot merge now", detail: MergeRefusals.English(MergeRefusal.AlreadyAnswered, null),
                extensions: new Dictionary<string, object?> { ["detailVi"] = MergeRefusals.Vietnamese(MergeRefusal.AlreadyAnswered, null) });
        }

        if (outcome.Refusal is { } refusal)
        {
            // As the other staff errors (task forms): English under errors, the Vietnamese the case page shows under errorsVi.
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { ["original"] = [MergeRefusals.English(refusal, outcome.Original)] },
                title: "Cannot merge into this original",
                extensions: new Dictionary<string, object?> { ["errorsVi"] = new Dictionary<string, string[]> { ["original"] = [MergeRefusals.Vietnamese(refusal, outcome.Original)] } });
        }

        if (outcome.Errors.Count > 0)
        {
            return TypedResults.ValidationProblem(outcome.Errors);
        }

        return outcome.Reached ? TypedResults.NoContent() : TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Cannot merge now",
            detail: "Nothing in the report's process waits for a merge: the handling is over, the People's Committee is assigning it (R7.6), or its process version predates merging (migrate it).");
    }

    public static async Task<Results<Ok<List<AuditView>>, ProblemHttpResult>> AuditAsync(
        string code, ClaimsPrincipal user, AppDbContext db, CancellationToken ct)
    {
        var (report, problem) = await FindAsync(code, new ReportAccess(user), db, ct);
        if (report is null)
        {
            return problem!;
        }

        var rows = await db.ReportAudit.AsNoTracking().Where(a => a.ReportCode == code).OrderBy(a => a.Id)
            .Select(a => new AuditView(a.At, a.Actor, a.Action, a.Detail)).ToListAsync(ct);
        return TypedResults.Ok(rows);
    }

    /// <summary>The result letter as issued (issue 7 point 4); 404 before the result is approved.</summary>
    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> LetterAsync(
        string code, ClaimsPrincipal user, AppDbContext db, Letters.ResultLetters letters, CancellationToken ct)
    {
        var (report, problem) = await FindAsync(code, new ReportAccess(user), db, ct);
        if (report is null)
        {
            return problem!;
        }

        return await letters.FindAsync(code, ct) is { } letter
            ? TypedResults.File(letter.Pdf, "application/pdf", $"ket-qua-{code}.pdf")
            : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No letter yet", detail: $"Report {code} has no approved result yet.");
    }

    /// <summary>The monitoring centre sees every hidden or overdue report and every alert; an agency its own.</summary>
    public static async Task<Ok<WatchList>> WatchListAsync(ClaimsPrincipal user, AppDbContext db, CancellationToken ct) =>
        TypedResults.Ok(await WatchLists.ReadAsync(new ReportAccess(user), db, ct));

    /// <summary>A report the caller may see, else 404 — an unknown code and another agency's report look the same.</summary>
    private static async Task<(ReportRow? Report, ProblemHttpResult? Problem)> FindAsync(string code, ReportAccess access, AppDbContext db, CancellationToken ct)
    {
        var report = await ReportModeration.FindAsync(code, access, db, ct);
        return report is not null
            ? (report, null)
            : (null, TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Report not found", detail: $"No report {code} that you may see."));
    }

    private static ValidationProblem? Reason(string? reason) =>
        !ReportModeration.IsValidReason(reason)
            ? TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["reason"] = [$"Give the reason (R9), {MinReasonLength} to {ReportLimits.MaxReasonLength} characters."],
            })
            : null;

    private static ValidationProblem Invalid(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] });

    private static ProblemHttpResult Conflict(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Cannot re-route now", detail: detail);

    private static ProblemHttpResult Forbidden(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Not allowed", detail: detail);

    private static ReportAuditRow Audit(string code, string actor, string action, string? detail, TimeProvider clock) =>
        ReportModeration.Audit(code, actor, action, detail, clock);

    private static StaffReportView View(ReportRow r, PersonalData personal) => StaffReportView.Of(
        r, personal.Unprotect(r.ReporterNameProtected)!, personal.Unprotect(r.ReporterPhoneProtected)!, personal.Unprotect(r.ReporterEmailProtected));
}
