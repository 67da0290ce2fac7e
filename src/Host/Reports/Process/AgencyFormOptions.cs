using LaiChau.Host.Data;
using LaiChau.Host.ReferenceData;
using LaiChau.Workflows.Feel;
using LaiChau.Workflows.Forms;
using Microsoft.EntityFrameworkCore;

namespace LaiChau.Host.Reports.Process;

/// <summary>
/// The option lists the host supplies to forms by <c>valuesKey</c> (docs/forms.md): <c>agencies</c>, every active
/// handling agency (the People's Committee's assignment, R7.6), and <c>otherAgencies</c>, the same without the case's
/// lead agency (transfer R7.5, coordination R7.4). Labels are the agencies' names, values their codes.
/// </summary>
public sealed class AgencyFormOptions(IServiceScopeFactory scopes) : IFormOptionSource
{
    public const string Agencies = "agencies";
    public const string OtherAgencies = "otherAgencies";

    public async Task<IReadOnlyList<FormOption>?> OptionsAsync(string valuesKey, IReadOnlyDictionary<string, FeelValue> variables, CancellationToken ct)
    {
        if (valuesKey is not (Agencies or OtherAgencies))
        {
            return null;
        }

        var lead = valuesKey == OtherAgencies && variables.TryGetValue("leadAgency", out var v) && v.Kind == FeelKind.String ? v.AsString() : null;
        await using var scope = scopes.CreateAsyncScope();
        var rows = await HandlingAgencies(scope.ServiceProvider.GetRequiredService<AppDbContext>())
            .Where(a => a.Code != lead).OrderBy(a => a.Name).Select(a => new { a.Code, a.Name }).ToListAsync(ct);
        return [.. rows.Select(a => new FormOption(a.Name, a.Code))];
    }

    /// <summary>Agencies that take reports: active, not the monitoring centre.</summary>
    public static IQueryable<AgencyRow> HandlingAgencies(AppDbContext db) =>
        db.Agencies.AsNoTracking().Where(a => a.Active && a.Kind != AgencyKind.MonitoringCentre);
}
