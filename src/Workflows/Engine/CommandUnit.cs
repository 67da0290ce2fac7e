using LaiChau.Workflows.Engine.Rows;
using LaiChau.Workflows.Feel;
using LaiChau.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace LaiChau.Workflows.Engine;

/// <summary>
/// One attempt of one command (ADR 6 point 2): loads instances, lets the semantics run, turns the events into row
/// changes and journal entries, and saves everything in one transaction. The instance rows' versions make a
/// concurrent command fail with <see cref="DbUpdateConcurrencyException"/>; the engine then retries from scratch.
/// </summary>
internal sealed partial class CommandUnit(DbContext db, EngineServices services)
{
    private readonly Dictionary<Guid, InstanceAggregate> _loaded = [];
    private readonly List<Func<CancellationToken, Task>> _afterSave = [];
    private Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction? _transaction;
    private readonly Dictionary<Guid, ScheduledTimer> _timersScheduled = [];
    private readonly List<Guid> _timersRemoved = [];
    private readonly List<ScheduledTimer> _timersRemovedDue = [];
    private readonly JournalWriter _journal = new(db);

    public DbContext Db => db;

    public EngineServices Services => services;

    public DateTimeOffset Now => services.Clock.GetUtcNow();

    public Guid NewId() => Guid.CreateVersion7(Now);

    public async Task<InstanceAggregate> LoadAsync(Guid instanceId, CancellationToken ct)
    {
        if (_loaded.TryGetValue(instanceId, out var loaded))
        {
            return loaded;
        }

        var row = await db.Set<ProcessInstanceRow>().FirstOrDefaultAsync(i => i.Id == instanceId, ct)
            ?? throw new WorkflowNotFoundException($"Process instance {instanceId} does not exist.");
        var process = await services.Definitions.GetAsync(db, row.DefinitionId, ct);
        var aggregate = new InstanceAggregate(row, process, InstanceSnapshot.Read(row.Snapshot, process.Model));
        _loaded.Add(instanceId, aggregate);
        return aggregate;
    }

    /// <summary>Starts an instance of <paramref name="process"/>; its rows are saved with the rest of the unit.</summary>
    public async Task<InstanceAggregate> StartAsync(
        DeployedProcess process,
        IReadOnlyDictionary<string, FeelValue> variables,
        string? businessKey,
        (Guid Instance, Guid Element)? parent,
        CancellationToken ct,
        string? startElementId = null)
    {
        var (state, events) = startElementId is null
            ? services.Semantics.Start(process.Model, variables)
            : services.Semantics.Start(process.Model, variables, startElementId);
        var row = new ProcessInstanceRow
        {
            Id = state.Id,
            DefinitionId = process.Id,
            DefinitionKey = process.Key,
            DefinitionVersion = process.Version,
            BusinessKey = businessKey,
            State = InstanceState.Active,
            ParentInstanceId = parent?.Instance,
            ParentElementInstanceId = parent?.Element,
            StartedAt = Now,
            Snapshot = "",
        };
        db.Add(row);
        var aggregate = new InstanceAggregate(row, process, state);
        _loaded.Add(row.Id, aggregate);
        await ApplyAsync(aggregate, events, ct);
        return aggregate;
    }

    /// <summary>Runs after the main save, inside the same transaction (bulk updates of rows not loaded).</summary>
    public void AfterSave(Func<CancellationToken, Task> change) => _afterSave.Add(change);

    /// <summary>
    /// Timer rows added or removed outside the events — a process's timer start events, written at deployment and
    /// re-armed when one fires — reach the scheduler like the others.
    /// </summary>
    private void NoteTimerRowsWrittenDirectly()
    {
        foreach (var entry in db.ChangeTracker.Entries<TimerRow>())
        {
            if (entry.State == EntityState.Added)
            {
                _timersScheduled.TryAdd(entry.Entity.Id, new ScheduledTimer(entry.Entity.Id, entry.Entity.DueAt));
            }
            else if (entry.State == EntityState.Deleted && !_timersRemoved.Contains(entry.Entity.Id))
            {
                _timersRemoved.Add(entry.Entity.Id);
                _timersRemovedDue.Add(new ScheduledTimer(entry.Entity.Id, entry.Entity.DueAt));
            }
        }
    }

    /// <summary>Opens the unit's transaction before its first write (a delete that must commit with the rest).</summary>
    public async Task BeginTransactionAsync(CancellationToken ct) =>
        _transaction ??= db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;

    public async Task SaveAsync(CancellationToken ct)
    {
        foreach (var aggregate in _loaded.Values)
        {
            aggregate.Row.Snapshot = InstanceSnapshot.Write(aggregate.State);
        }

        NoteTimerRowsWrittenDirectly();
        if (_transaction is { } own)
        {
            await db.SaveChangesAsync(ct);
            await _journal.FlushAsync(ct);
            await RunAfterSaveAsync(ct);
            await own.CommitAsync(ct);
            await own.DisposeAsync();
            _transaction = null;
            return;
        }

        if ((_afterSave.Count == 0 && !_journal.HasPending) || db.Database.CurrentTransaction is not null)
        {
            await db.SaveChangesAsync(ct);
            await _journal.FlushAsync(ct);
            await RunAfterSaveAsync(ct);
            return;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.SaveChangesAsync(ct);
        await _journal.FlushAsync(ct);
        await RunAfterSaveAsync(ct);
        await transaction.CommitAsync(ct);
    }

    private async Task RunAfterSaveAsync(CancellationToken ct)
    {
        foreach (var change in _afterSave)
        {
            await change(ct);
        }

        _afterSave.Clear();
    }
}
