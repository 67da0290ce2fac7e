using System.Globalization;
using System.Security.Claims;
using LaiChau.Host.ApiDocs;
using LaiChau.Host.Reports.Staff;
using LaiChau.Host.Security.ApiKeys;
using LaiChau.Workflows.Time;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LaiChau.Host.Reports.Monthly;

/// <summary>
/// <c>GET /api/v1/monthly-reports/{yyyy-MM}.pdf?agency=</c>: the monitoring centre and administrators for the province or
/// any agency; an agency's leaders for their own agency (R12.2).
/// </summary>
public static class MonthlyReportEndpoints
{
    public static void Map(WebApplication app) =>
        app.MapGet("/api/v1/monthly-reports/{month}.pdf", GetAsync).RequireAuthorization(ApiKeysSetup.StaffPolicy)
            .WithTags(ApiDocs.ApiTags.Reports).WithSummary("The monthly report (R11.3): the issued one of a past month, else a draft")
            .ProducesFile("application/pdf");

    public static async Task<Results<FileContentHttpResult, ProblemHttpResult, ValidationProblem>> GetAsync(
        string month, string? agency, ClaimsPrincipal user, MonthlyReports reports, TimeProvider clock, CancellationToken ct)
    {
        if (!DateOnly.TryParseExact(month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first)
            || first > VietnamTime.Today(clock) || first.Year < 2020)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["month"] = ["Give a month from 2020 to now as yyyy-MM, e.g. 2026-03."] });
        }

        var access = new ReportAccess(user);
        if (!access.SeesAll && (agency is null || !access.IsLeader(agency)))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Not allowed",
                detail: "The monitoring centre sees every monthly report; an agency's leaders see their own (?agency=<code>).");
        }

        var pdf = await reports.GetAsync(first.Year, first.Month, agency, ct);
        return TypedResults.File(pdf, "application/pdf", $"bao-cao-{month}{(agency is null ? "" : "-" + agency)}.pdf");
    }
}
