using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using LaiChau.Workflows.Engine.Rows;
using LaiChau.Workflows.Feel;
using LaiChau.Workflows.Forms;
using Microsoft.EntityFrameworkCore;

namespace LaiChau.Workflows.Engine;

/// <summary>One form of a deployment: its id, the version it is (new or the same JSON deployed before).</summary>
public sealed record FormDeployment(Guid Id, string FormId, int Version, bool IsNew);

/// <summary>A deployed form version, parsed once (versions never change).</summary>
public sealed record DeployedForm(Guid Id, string FormId, int Version, FormDefinition Definition);

/// <summary>
/// Deploys Camunda Forms as versions (same JSON → same version, changed → N+1) and finds the latest version of a
/// form id when a user task is created, as Zeebe's <c>latest</c> binding does.
/// </summary>
internal sealed class FormCatalog(FeelFunctions functions, TimeProvider clock)
{
    private readonly ConcurrentDictionary<Guid, DeployedForm> _byId = new();
    private readonly ConcurrentDictionary<string, (Guid Id, int Version, DateTimeOffset FoundAt)> _latest = new(StringComparer.Ordinal);

    public void ForgetLatest() => _latest.Clear();

    /// <summary>The form read and checked as a deploy would; throws the refusal with every error.</summary>
    public FormDefinition EnsureValid(string json, string? resourceName = null)
    {
        var read = FormReader.Read(json, functions);
        if (!read.IsSuccess)
        {
            var where = resourceName is null ? "The form" : $"The form '{resourceName}'";
            throw new WorkflowInvalidException(
                $"{where} is not valid: nothing was deployed.",
                [.. read.Errors.Select(e => new WorkflowError(e.Code, e.ComponentId, null, null, e.MessageEn, e.MessageVi) { Resource = resourceName })]);
        }

        return read.Form!;
    }

    public async Task<FormDeployment> DeployAsync(DbContext db, FormDefinition form, string json, string? deployedBy, string? changeNote, CancellationToken ct)
    {
        ForgetLatest();
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json)));
        var rows = db.Set<FormDefinitionRow>();
        var same = await rows.AsNoTracking().Where(f => f.FormId == form.Id && f.Hash == hash)
            .Select(f => new { f.Id, f.Version }).FirstOrDefaultAsync(ct);
        if (same is not null)
        {
            return new FormDeployment(same.Id, form.Id, same.Version, IsNew: false);
        }

        var latest = await rows.Where(f => f.FormId == form.Id).MaxAsync(f => (int?)f.Version, ct) ?? 0;
        var row = new FormDefinitionRow
        {
            Id = Guid.CreateVersion7(clock.GetUtcNow()),
            FormId = form.Id,
            Version = latest + 1,
            Hash = hash,
            Json = json,
            DeployedAt = clock.GetUtcNow(),
            DeployedBy = deployedBy,
            ChangeNote = changeNote,
        };
        rows.Add(row);
        _byId[row.Id] = new DeployedForm(row.Id, row.FormId, row.Version, form);
        return new FormDeployment(row.Id, row.FormId, row.Version, IsNew: true);
    }

    public async Task<DeployedForm> GetAsync(DbContext db, Guid id, CancellationToken ct)
    {
        if (_byId.TryGetValue(id, out var cached))
        {
            return cached;
        }

        var row = await db.Set<FormDefinitionRow>().AsNoTracking().FirstOrDefaultAsync(f => f.Id == id, ct)
            ?? throw new WorkflowNotFoundException($"Form definition {id} does not exist.");
        // Stored JSON passed the reader when deployed; a failure here means the row was edited by hand.
        var form = FormReader.Read(row.Json, functions).Form
            ?? throw new InvalidOperationException($"Stored form {row.Id} ({row.FormId} v{row.Version}) no longer reads.");
        return _byId.GetOrAdd(id, _ => new DeployedForm(row.Id, row.FormId, row.Version, form));
    }

    /// <summary>
    /// The latest version of <paramref name="formId"/> (null when none is deployed). Kept for a few seconds so that a
    /// burst of tasks does not query each time; forgotten when this host deploys.
    /// </summary>
    public async Task<(Guid Id, int Version)?> LatestAsync(DbContext db, string formId, CancellationToken ct)
    {
        if (_latest.TryGetValue(formId, out var known) && clock.GetUtcNow() - known.FoundAt < DefinitionCatalog.LatestMaxAge)
        {
            return (known.Id, known.Version);
        }

        var latest = await db.Set<FormDefinitionRow>().AsNoTracking().Where(f => f.FormId == formId).OrderByDescending(f => f.Version)
            .Select(f => new { f.Id, f.Version }).FirstOrDefaultAsync(ct);
        if (latest is null)
        {
            return null;
        }

        _latest[formId] = (latest.Id, latest.Version, clock.GetUtcNow());
        return (latest.Id, latest.Version);
    }

    /// <summary>The form version a task keeps; a task created before forms were versioned reads the latest of its form key.</summary>
    public async Task<DeployedForm?> OfTaskAsync(DbContext db, UserTaskRow task, CancellationToken ct)
    {
        if (task.FormDefinitionId is { } id)
        {
            return await GetAsync(db, id, ct);
        }

        return task.FormKey is { } key && await LatestAsync(db, key, ct) is { } latest
            ? await GetAsync(db, latest.Id, ct)
            : null;
    }
}
