using LaiChau.Workflows.Engine.Rows;
using LaiChau.Workflows.Feel;
using LaiChau.Workflows.Persistence;
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
    private readonly List<(Func<CancellationToken, Task> Change, Func<StatementBuilder, BatchStatement>? Sql)> _afterSave = [];
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
        return await AggregateOfAsync(row, ct);
    }

    /// <summary>
    /// A row that belongs to an instance (a job, a user task) read together with its instance, in one query: a job or
    /// task command's two reads in one round trip. Null when no such row exists.
    /// </summary>
    public async Task<(TRow Row, InstanceAggregate Instance)?> LoadWithInstanceAsync<TRow>(
        System.Linq.Expressions.Expression<Func<TRow, bool>> which,
        System.Linq.Expressions.Expression<Func<TRow, Guid>> instanceOf,
        CancellationToken ct)
        where TRow : class
    {
        var found = await db.Set<TRow>().Where(which)
            .Join(db.Set<ProcessInstanceRow>(), instanceOf, i => i.Id, (row, instance) => new { row, instance })
            .FirstOrDefaultAsync(ct);
        return found is null ? null : (found.row, await AggregateOfAsync(found.instance, ct));
    }

    private async Task<InstanceAggregate> AggregateOfAsync(ProcessInstanceRow row, CancellationToken ct)
    {
        if (_loaded.TryGetValue(row.Id, out var loaded))
        {
            return loaded;
        }

        var process = await services.Definitions.GetAsync(db, row.DefinitionId, ct);
        var aggregate = new InstanceAggregate(row, process, InstanceSnapshot.Read(row.Snapshot, process.Model));
        _loaded.Add(row.Id, aggregate);
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
    public void AfterSave(Func<CancellationToken, Task> change) => _afterSave.Add((change, null));

    /// <summary>
    /// As above, with the same change as one SQL statement, so that a batched write (ADR 27) can carry it: the unit
    /// then still saves in one round trip. The statement must not depend on reading anything first.
    /// </summary>
    public void AfterSave(Func<CancellationToken, Task> change, Func<StatementBuilder, BatchStatement> sql) => _afterSave.Add((change, sql));

    /// <summary>
    /// Timer rows added or removed outside the events — a process's timer start events, written at deployment and
    /// re-armed when one fires — reach the scheduler like the others.
    /// </summary>
    private void NoteTimerRowsWrittenDirectly()
    {
        foreach (var entry in Tracked<TimerRow>())
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

    public Task SaveAsync(CancellationToken ct) => SaveAsync(group: null, ct);

    /// <summary>
    /// Writes everything the unit changed in one transaction. On PostgreSQL, when every change can be written without
    /// EF's update pipeline, as one batch (ADR 27): snapshot, instance row, jobs, tasks, timers and journal in one round
    /// trip, committed alone, in <paramref name="group"/> with other commands' writes, or inside the caller's transaction.
    /// Otherwise EF saves, in the unit's transaction.
    /// </summary>
    public async Task SaveAsync(GroupCommit? group, CancellationToken ct)
    {
        foreach (var aggregate in _loaded.Values)
        {
            aggregate.Row.Snapshot = InstanceSnapshot.Write(aggregate.State);
        }

        // Change detection once per save: every look at the tracker below (and during the command, see Tracked) reads
        // the states as they are; EF's Entries() and SaveChanges would each compare every tracked row again.
        db.ChangeTracker.DetectChanges();
        NoteTimerRowsWrittenDirectly();
        if (_transaction is null && WithoutDetection(BatchedWrite) is { } statements)
        {
            if (group is not null && db.Database.CurrentTransaction is null)
            {
                await group.ExecuteAsync(db, statements, ct);
            }
            else
            {
                await BatchWriter.ExecuteAsync(db, statements, ct);
            }

            db.ChangeTracker.AcceptAllChanges();
            _journal.MarkWritten();
            _afterSave.Clear();
            return;
        }

        if (_transaction is { } own)
        {
            await SaveWithoutSavepointAsync(ct);
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
        await SaveWithoutSavepointAsync(ct);
        await _journal.FlushAsync(ct);
        await RunAfterSaveAsync(ct);
        await transaction.CommitAsync(ct);
    }

    /// <summary>
    /// SaveChanges inside the unit's own transaction, which is rolled back whole on failure: EF's savepoint around it
    /// would be two wasted round trips (SAVEPOINT, RELEASE).
    /// </summary>
    private async Task SaveWithoutSavepointAsync(CancellationToken ct)
    {
        var before = db.Database.AutoSavepointsEnabled;
        db.Database.AutoSavepointsEnabled = false;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        finally
        {
            db.Database.AutoSavepointsEnabled = before;
        }
    }

    /// <summary>The unit's changes as one batch, or null when some change needs EF's pipeline or a read first.</summary>
    private List<BatchStatement>? BatchedWrite()
    {
        if (!services.Options.BatchedWrites || !BatchWriter.CanBatch(db) || _afterSave.Any(a => a.Sql is null))
        {
            return null;
        }

        var builder = new StatementBuilder(db);
        var statements = TrackedChanges.TryWrite(db, builder);
        if (statements is null)
        {
            return null;
        }

        statements.AddRange(_journal.Statements(builder));
        statements.AddRange(_afterSave.Select(a => a.Sql!(builder)));
        return statements;
    }

    /// <summary>
    /// The tracked rows of a type, without EF's change detection (a pass over every tracked row on each call). The unit
    /// finds rows by key and sets their state itself; property changes are detected once, when it saves.
    /// </summary>
    private List<Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry<TRow>> Tracked<TRow>()
        where TRow : class => WithoutDetection(() => db.ChangeTracker.Entries<TRow>().ToList());

    private T WithoutDetection<T>(Func<T> read)
    {
        var tracker = db.ChangeTracker;
        var before = tracker.AutoDetectChangesEnabled;
        tracker.AutoDetectChangesEnabled = false;
        try
        {
            return read();
        }
        finally
        {
            tracker.AutoDetectChangesEnabled = before;
        }
    }

    private async Task RunAfterSaveAsync(CancellationToken ct)
    {
        foreach (var (change, _) in _afterSave)
        {
            await change(ct);
        }

        _afterSave.Clear();
    }
}
