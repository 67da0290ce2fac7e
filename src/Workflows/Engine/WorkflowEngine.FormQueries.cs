using LaiChau.Workflows.Engine.Rows;
using Microsoft.EntityFrameworkCore;

namespace LaiChau.Workflows.Engine;

/// <summary>Deployed forms: every version, and one version with its JSON (the designer's list and editor).</summary>
public sealed partial class WorkflowEngine
{
    public async Task<IReadOnlyList<FormSummary>> FindFormsAsync(CancellationToken ct = default)
    {
        await using var session = _database.Open();
        return await session.Context.Set<FormDefinitionRow>().AsNoTracking().OrderBy(f => f.FormId).ThenBy(f => f.Version)
            .Select(f => new FormSummary(f.Id, f.FormId, f.Version, f.Hash, f.DeployedAt, f.DeployedBy, f.ChangeNote))
            .ToListAsync(ct);
    }

    /// <summary>One version of a form, or its latest when <paramref name="version"/> is null.</summary>
    public async Task<(FormSummary Summary, string Json)> GetFormAsync(string formId, int? version, CancellationToken ct = default)
    {
        await using var session = _database.Open();
        var rows = session.Context.Set<FormDefinitionRow>().AsNoTracking().Where(f => f.FormId == formId);
        var row = await (version is { } v ? rows.Where(f => f.Version == v) : rows.OrderByDescending(f => f.Version)).FirstOrDefaultAsync(ct)
            ?? throw new WorkflowNotFoundException(version is null ? $"No form with the id '{formId}' is deployed." : $"The form '{formId}' has no version {version}.");
        return (new FormSummary(row.Id, row.FormId, row.Version, row.Hash, row.DeployedAt, row.DeployedBy, row.ChangeNote), row.Json);
    }
}
