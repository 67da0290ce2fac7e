using System.Collections.Concurrent;
using LaiChau.Workflows.Bpmn;
using LaiChau.Workflows.Engine.Rows;
using LaiChau.Workflows.Model;
using Microsoft.EntityFrameworkCore;

namespace LaiChau.Workflows.Engine;

/// <summary>A deployed version and its parsed model (parsed once per process: definitions never change).</summary>
public sealed record DeployedProcess(Guid Id, string Key, int Version, ProcessModel Model, BpmnDefinition Definition);

/// <summary>The result of a deployment: one entry per executable process of the file.</summary>
public sealed record Deployment(Guid Id, string Key, int Version, bool IsNew);

/// <summary>Deploys BPMN files as versions and serves their parsed models from a cache.</summary>
internal sealed class DefinitionCatalog(IExpressionSyntax expressions, TimeProvider clock, Runtime.Semantics semantics)
{
    /// <summary>How long "the latest version of a key" is trusted when a deployment may come from another host.</summary>
    public static readonly TimeSpan LatestMaxAge = TimeSpan.FromSeconds(10);
    private readonly ConcurrentDictionary<Guid, DeployedProcess> _byId = new();
    // Each start asks for the latest version: kept briefly, forgotten when this host deploys (before and after commit).
    private readonly ConcurrentDictionary<string, (Guid Id, DateTimeOffset FoundAt)> _latest = new(StringComparer.Ordinal);
    private int _deployments;

    /// <summary>Forgets the latest versions found, so that the next start reads them again.</summary>
    public void ForgetLatest()
    {
        Interlocked.Increment(ref _deployments);
        _latest.Clear();
    }

    /// <summary>Same XML again → the existing version; changed XML → version N+1 (ADR 6; issue 4 point 7).</summary>
    public async Task<IReadOnlyList<Deployment>> DeployAsync(
        DbContext db, string xml, string? deployedBy, string? changeNote, CancellationToken ct)
    {
        var definition = EnsureValid(xml, "The BPMN file is not valid: nothing was deployed.");
        ForgetLatest();
        var result = new List<Deployment>();
        foreach (var process in definition.Processes.Where(p => p.IsExecutable))
        {
            var rows = db.Set<ProcessDefinitionRow>();
            var same = await rows.AsNoTracking()
                .Where(d => d.Key == process.Id && d.Hash == definition.ContentHash)
                .Select(d => new { d.Id, d.Version })
                .FirstOrDefaultAsync(ct);
            if (same is not null)
            {
                result.Add(new Deployment(same.Id, process.Id, same.Version, IsNew: false));
                continue;
            }

            var latest = await rows.Where(d => d.Key == process.Id).MaxAsync(d => (int?)d.Version, ct) ?? 0;
            var row = new ProcessDefinitionRow
            {
                Id = Guid.CreateVersion7(clock.GetUtcNow()),
                Key = process.Id,
                Version = latest + 1,
                Name = process.Name,
                Hash = definition.ContentHash,
                Xml = xml,
                DeployedAt = clock.GetUtcNow(),
                DeployedBy = deployedBy,
                ChangeNote = changeNote,
            };
            rows.Add(row);
            await ReplaceMessageStartsAsync(db, row, process, ct);
            await ReplaceStartTimersAsync(db, row, process, ct);
            _byId[row.Id] = new DeployedProcess(row.Id, row.Key, row.Version, process, definition);
            result.Add(new Deployment(row.Id, row.Key, row.Version, IsNew: true));
        }

        return result;
    }

    /// <summary>The deploy's validation alone (the designer's "check before publish"); throws what a deploy would.</summary>
    public BpmnDefinition EnsureValid(string xml, string refusal = "The BPMN file is not valid.")
    {
        var check = BpmnValidator.Validate(xml, expressions);
        if (!check.IsValid)
        {
            throw new WorkflowInvalidException(
                refusal,
                [.. check.Errors.Select(e => new WorkflowError(e.Code, e.ElementId, e.Line, e.Column, e.MessageEn, e.MessageVi))]);
        }

        return check.Definition!;
    }

    /// <summary>Only the latest version of a process listens to its start messages (Zeebe's rule).</summary>
    private static async Task ReplaceMessageStartsAsync(DbContext db, ProcessDefinitionRow row, ProcessModel process, CancellationToken ct)
    {
        var starts = db.Set<MessageStartRow>();
        starts.RemoveRange(await starts.Where(m => m.DefinitionKey == row.Key).ToListAsync(ct));
        foreach (var start in process.Nodes.OfType<StartEvent>())
        {
            if (start.Definition is MessageEventDefinition { MessageName: { Length: > 0 } name })
            {
                starts.Add(new MessageStartRow { DefinitionId = row.Id, DefinitionKey = row.Key, ElementId = start.Id, MessageName = name });
            }
        }
    }

    /// <summary>
    /// Only the latest version's timer start events are scheduled: the older versions' pending ones go. A timer value
    /// that does not evaluate refuses the deployment.
    /// </summary>
    private async Task ReplaceStartTimersAsync(DbContext db, ProcessDefinitionRow row, ProcessModel process, CancellationToken ct)
    {
        var older = db.Set<ProcessDefinitionRow>().Where(d => d.Key == row.Key).Select(d => (Guid?)d.Id);
        var timers = db.Set<TimerRow>();
        timers.RemoveRange(await timers.Where(t => t.InstanceId == null && older.Contains(t.DefinitionId)).ToListAsync(ct));
        IReadOnlyList<Runtime.EventSubscription> planned;
        try
        {
            planned = semantics.PlanStartTimers(process);
        }
        catch (Feel.FeelException e)
        {
            throw new WorkflowInvalidException(
                $"A timer start event of '{process.Id}' has no due instant: {e.Message}",
                [new WorkflowError("BPMN-TIMER", null, null, null, e.Message)]);
        }

        foreach (var timer in planned)
        {
            timers.Add(StartTimerRow.Of(row.Id, timer, clock.GetUtcNow()));
        }
    }

    public async Task<DeployedProcess> GetAsync(DbContext db, Guid id, CancellationToken ct)
    {
        if (_byId.TryGetValue(id, out var cached))
        {
            return cached;
        }

        var row = await db.Set<ProcessDefinitionRow>().AsNoTracking().FirstOrDefaultAsync(d => d.Id == id, ct)
            ?? throw new WorkflowNotFoundException($"Process definition {id} does not exist.");
        return _byId.GetOrAdd(id, _ => Parse(row));
    }

    /// <summary>The given version of <paramref name="key"/>, or its latest when <paramref name="version"/> is null.</summary>
    public async Task<DeployedProcess> FindAsync(DbContext db, string key, int? version, CancellationToken ct)
    {
        if (version is null && _latest.TryGetValue(key, out var latest) && clock.GetUtcNow() - latest.FoundAt < LatestMaxAge)
        {
            return await GetAsync(db, latest.Id, ct);
        }

        var deployments = Volatile.Read(ref _deployments);
        var query = db.Set<ProcessDefinitionRow>().AsNoTracking().Where(d => d.Key == key);
        query = version is { } v ? query.Where(d => d.Version == v) : query.OrderByDescending(d => d.Version);
        var id = await query.Select(d => (Guid?)d.Id).FirstOrDefaultAsync(ct)
            ?? throw new WorkflowNotFoundException(version is null
                ? $"No process with the key '{key}' is deployed."
                : $"The process '{key}' has no version {version}.");
        if (version is null && deployments == Volatile.Read(ref _deployments))
        {
            _latest[key] = (id, clock.GetUtcNow());
        }

        return await GetAsync(db, id, ct);
    }

    private DeployedProcess Parse(ProcessDefinitionRow row)
    {
        // Stored XML passed validation when deployed; a failure here means the row was edited by hand.
        var definition = BpmnValidator.Validate(row.Xml, expressions).Definition
            ?? throw new InvalidOperationException($"Stored definition {row.Id} ({row.Key} v{row.Version}) no longer validates.");
        var model = definition.FindProcess(row.Key)
            ?? throw new InvalidOperationException($"Stored definition {row.Id} has no process '{row.Key}'.");
        return new DeployedProcess(row.Id, row.Key, row.Version, model, definition);
    }
}
