using LaiChau.Testing;
using LaiChau.Workflows.Engine;
using LaiChau.Workflows.Engine.Rows;
using LaiChau.Workflows.Feel;
using Microsoft.EntityFrameworkCore;

namespace LaiChau.Workflows.Tests.Concurrency;

/// <summary>
/// Drives many instances at once from a seed: in each round it looks at the tables, picks a random burst of what the
/// outside world could do (complete a task, work jobs, publish a message, fix an incident, move the clock, start an
/// instance) and runs the burst concurrently, each action on engine A or B. In one chosen round engine B is killed
/// while its part of the burst is in flight.
/// </summary>
internal sealed class RandomDriver(ConcurrencyWorld world, Random random, Ledger ledger)
{
    private static readonly TaskActor Driver = TaskActor.Administrator("driver");
    private readonly Dictionary<Guid, int> _reportNumbers = [];
    private int _nextNumber;
    private int _generatedModels;

    public async Task DeployAsync(int generatedModels, int seed)
    {
        _generatedModels = generatedModels;
        await world.A.DeployResourcesAsync(FieldReport.FieldReportDefinition.Resources, "driver", changeNote: null);
        await world.A.DeployAsync(ConcurrencyModels.Child, "driver");
        for (var model = 0; model < generatedModels; model++)
        {
            await world.B.DeployAsync(ConcurrencyModels.Generated(model, seed * 100 + model), "driver");
        }
    }

    public Task StartInstancesAsync(int count) =>
        Task.WhenAll(Enumerable.Range(0, count).Select(_ => (Engine: random.Next(2) == 0 ? world.A : world.B, Random: Fork()))
            .ToList().Select(s => Act(s.Engine, e => StartOneAsync(e, s.Random))));

    /// <summary>Rounds of random bursts on both engines; B dies in <paramref name="killRound"/>.</summary>
    public async Task RunAsync(int rounds, int killRound)
    {
        for (var round = 0; round < rounds; round++)
        {
            var actions = await ActionsAsync();
            var kill = round == killRound;
            var burst = actions.OrderBy(_ => random.Next()).Take(kill ? 12 : random.Next(1, 7)).ToList();
            if (kill)
            {
                // B busy with every job type, many jobs each, when it dies at a command chosen by the seed: leases held,
                // completions half done, its other commands in flight.
                burst.AddRange(ConcurrencyModels.JobTypes.Select(type => With(r => e => WorkJobsAsync(e, type, 25, r))));
                world.ArmKill(afterCommands: random.Next(5, 60));
            }

            var onB = burst.Select((_, i) => !world.BIsDead && (kill ? i > 0 : random.Next(2) == 0)).ToList();
            var running = burst.Select((a, i) => Act(onB[i] ? world.B : world.A, a)).ToList();
            await Task.WhenAll(running);
            if (kill)
            {
                await world.KillBIfStillArmedAsync();
            }
        }
    }

    /// <summary>
    /// Engine A alone until every instance ended: the work at hand first, the clock only when nothing else can move
    /// (no new reports' messages: they re-open cases). Fails naming what waits when the rounds run out.
    /// </summary>
    public async Task SettleAsync(int maxRounds)
    {
        for (var round = 0; round < maxRounds; round++)
        {
            await using (var db = world.NewContext())
            {
                if (!await db.Set<ProcessInstanceRow>().AnyAsync(i => i.State == InstanceState.Active))
                {
                    return;
                }
            }

            var actions = await ActionsAsync(settling: true);
            await Task.WhenAll(actions.OrderBy(_ => random.Next()).Take(4).Select(a => Act(world.A, a)));
        }

        Assert.Fail(await StuckAsync());
    }

    private async Task<string> StuckAsync()
    {
        await using var db = world.NewContext();
        var waiting = await db.Set<ProcessInstanceRow>().Where(i => i.State == InstanceState.Active).ToListAsync();
        var details = new List<string>();
        foreach (var instance in waiting.Take(3))
        {
            var jobs = await db.Set<JobRow>().Where(j => j.InstanceId == instance.Id).Take(5)
                .Select(j => $"job {j.ElementId} retries {j.Retries} after {j.RunAfter:O} lease {j.LeaseExpiresAt:O}").ToListAsync();
            var incidents = await db.Set<IncidentRow>().Where(i => i.InstanceId == instance.Id && i.State == IncidentState.Open)
                .Select(i => $"incident {i.ElementId} {i.Message}").ToListAsync();
            var active = (await world.A.Queries().GetInstanceAsync(instance.Id)).ActiveElementIds.Distinct();
            details.Add($"{instance.DefinitionKey} {instance.BusinessKey} at {string.Join("/", active)} [{string.Join("; ", jobs.Concat(incidents))}]");
        }

        return $"{waiting.Count} instances never ended (now {world.Clock.GetUtcNow():O}): {string.Join(" | ", details)}. {ledger.Summary()}";
    }

    /// <summary>What could happen next, read from the tables (tasks, jobs, incidents, subscriptions, timers).</summary>
    private async Task<List<Func<WorkflowEngine, Task>>> ActionsAsync(bool settling = false)
    {
        await using var db = world.NewContext();
        var now = world.Clock.GetUtcNow();
        var actions = new List<Func<WorkflowEngine, Task>>();
        var tasks = await db.Set<UserTaskRow>().AsNoTracking().Where(t => t.State == UserTaskState.Created).ToListAsync();
        var forms = await db.Set<FormDefinitionRow>().AsNoTracking().ToDictionaryAsync(f => f.Id, f => f.FormId);
        actions.AddRange(tasks.Select(t => With(r => e => CompleteTaskAsync(e, t, t.FormDefinitionId is { } form ? forms[form] : null, r))));
        var jobTypes = settling
            ? await db.Set<JobRow>().AsNoTracking()
                .Where(j => j.Retries > 0 && j.RunAfter <= now && (j.LeaseExpiresAt == null || j.LeaseExpiresAt <= now))
                .Select(j => j.Type).Distinct().ToListAsync()
            : [.. ConcurrencyModels.JobTypes];
        actions.AddRange(jobTypes.Select(type => With(r => e => WorkJobsAsync(e, type, settling ? 50 : 3, r))));
        var incidents = await db.Set<IncidentRow>().AsNoTracking().Where(i => i.State == IncidentState.Open).ToListAsync();
        actions.AddRange(incidents.Select(i => (Func<WorkflowEngine, Task>)(e => FixIncidentAsync(e, i))));
        var subscriptions = await db.Set<MessageSubscriptionRow>().AsNoTracking().ToListAsync();
        actions.AddRange(subscriptions.Where(s => !settling || !IsReport(s.InstanceId)).Select(s => With(r => e => PublishAsync(e, s, r))));
        // Settling moves the clock when nothing else can move, and now and then anyway: a timer cycle that keeps making
        // work must not starve the instances that wait for time.
        if (settling && actions.Count > 0 && random.Next(8) > 0)
        {
            return actions;
        }

        var nextTimer = await db.Set<TimerRow>().AsNoTracking().OrderBy(t => t.DueAt).Select(t => (DateTimeOffset?)t.DueAt).FirstOrDefaultAsync();
        var nextJob = await db.Set<JobRow>().AsNoTracking().Where(j => j.Retries > 0)
            .Select(j => j.LeaseExpiresAt > j.RunAfter ? j.LeaseExpiresAt : j.RunAfter).OrderBy(d => d).FirstOrDefaultAsync();
        var next = new[] { nextTimer, nextJob }.Where(d => d > now).Min();
        actions.Add(With(r => e => MoveTimeAsync(e, next, settling, r)));
        if (!settling && random.Next(4) == 0)
        {
            actions.Add(With(r => e => StartOneAsync(e, r)));
        }

        return actions;
    }

    private bool IsReport(Guid instanceId)
    {
        lock (_reportNumbers)
        {
            return _reportNumbers.ContainsKey(instanceId);
        }
    }

    private async Task StartOneAsync(WorkflowEngine engine, Random r)
    {
        var number = Interlocked.Increment(ref _nextNumber);
        var report = number % 3 == 0;
        var command = report
            ? new StartInstance(ConcurrencyModels.FieldReportKey, null, ConcurrencyModels.ReportCode(number), ConcurrencyModels.ReportStart(r, number, world.Clock.GetUtcNow()))
            : new StartInstance(ConcurrencyModels.GeneratedKey(number % _generatedModels), null, $"g-{number}", ConcurrencyModels.GeneratedStart(r, number));
        var id = await engine.StartAsync(command);
        ledger.StartedInstances.Add(id);
        if (report)
        {
            lock (_reportNumbers)
            {
                _reportNumbers[id] = number;
            }
        }
    }

    /// <summary>A task of the regulation is completed as its form asks (chosen by form, so every task of a form is covered).</summary>
    private async Task CompleteTaskAsync(WorkflowEngine engine, UserTaskRow task, string? formId, Random r)
    {
        var variables = formId is not null
            ? ConcurrencyModels.ReportCompletion(formId, r, world.Clock.GetUtcNow())
            : new Dictionary<string, FeelValue> { ["v"] = ConcurrencyModels.Number(r) };
        await engine.CompleteTaskAsync(task.Id, Driver, variables);
        ledger.CompletedTasks[task.Id] = task.InstanceId;
    }

    /// <summary>A worker's turn: fetch a few jobs and complete them (generated models' jobs sometimes fail or throw).</summary>
    private async Task WorkJobsAsync(WorkflowEngine engine, string type, int max, Random r)
    {
        foreach (var job in await engine.ActivateJobsAsync(type, engine == world.A ? "worker-a" : "worker-b", max))
        {
            ledger.Activated(job.Id);
            await Act(engine, async e =>
            {
                switch (type == "work" ? r.Next(10) : 9)
                {
                    case 0:
                        await e.ThrowErrorAsync(job.Id, job.LeaseToken, r.Next(2) == 0 ? "E" : "X", "boom", new Dictionary<string, FeelValue>());
                        break;
                    case 1:
                        await e.FailJobAsync(job.Id, job.LeaseToken, Math.Max(0, job.Retries - 1), TimeSpan.Zero, "try again");
                        break;
                    default:
                        await e.CompleteJobAsync(job.Id, job.LeaseToken, new Dictionary<string, FeelValue> { ["v"] = ConcurrencyModels.Number(r) });
                        ledger.CompletedJobs.AddOrUpdate(job.Id, 1, (_, n) => n + 1);
                        break;
                }
            });
        }
    }

    /// <summary>Incident gates wait for a positive variable named like them; other incidents are retried as they are.</summary>
    private static async Task FixIncidentAsync(WorkflowEngine engine, IncidentRow incident)
    {
        if (incident.ElementId.StartsWith("gate", StringComparison.Ordinal))
        {
            await engine.SetVariablesAsync(incident.InstanceId, null, new Dictionary<string, FeelValue> { [incident.ElementId] = FeelValue.Number(3) });
        }

        await engine.RetryIncidentAsync(incident.Id);
    }

    private async Task PublishAsync(WorkflowEngine engine, MessageSubscriptionRow subscription, Random r)
    {
        int number;
        lock (_reportNumbers)
        {
            number = _reportNumbers.GetValueOrDefault(subscription.InstanceId);
        }

        var message = number > 0
            ? ConcurrencyModels.ReportMessage(number, r, world.Clock.GetUtcNow())
            : new PublishMessage(subscription.MessageName, subscription.CorrelationKey, new Dictionary<string, FeelValue> { ["v"] = ConcurrencyModels.Number(r) });
        var result = await engine.PublishMessageAsync(message);
        foreach (var instance in result.Instances)
        {
            ledger.Correlations.AddOrUpdate((instance, message.Name), 1, (_, n) => n + 1);
        }
    }

    /// <summary>The clock moves to the next timer or job (or, while not settling, sometimes a few hours on); the engine fires what is due.</summary>
    private async Task MoveTimeAsync(WorkflowEngine engine, DateTimeOffset? next, bool settling, Random r)
    {
        lock (world.Clock)
        {
            var now = world.Clock.GetUtcNow();
            var target = next is { } due && (settling || r.Next(3) > 0) ? due : now.AddHours(r.Next(1, 12));
            if (target > world.Clock.GetUtcNow())
            {
                world.Clock.SetUtcNow(target);
            }
        }

        await engine.Timers().FireDueTimersAsync();
    }

    /// <summary>A random of the action's own (actions run concurrently; <see cref="Random"/> is not thread-safe), forked from the seed's.</summary>
    private Random Fork() => new(random.Next());

    private Func<WorkflowEngine, Task> With(Func<Random, Func<WorkflowEngine, Task>> action) => action(Fork());

    /// <summary>
    /// Runs one action; a refusal the engine may give under concurrency (a conflict, a task or job already gone, a form
    /// that does not fit the random choice) or any failure of the killed engine is counted, not acknowledged.
    /// </summary>
    private async Task Act(WorkflowEngine engine, Func<WorkflowEngine, Task> action)
    {
        try
        {
            await action(engine);
            Interlocked.Increment(ref ledger.Acknowledged);
        }
        catch (Exception e) when (e is WorkflowConflictException or WorkflowNotFoundException or WorkflowFormException or DbUpdateConcurrencyException)
        {
            ledger.Refused(e);
        }
        catch (Exception e) when (engine == world.B && world.BIsDead)
        {
            ledger.Refused(e);
            Interlocked.Increment(ref ledger.LostWithEngineB);
        }
    }
}
