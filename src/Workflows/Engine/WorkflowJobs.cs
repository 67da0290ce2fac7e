using System.Text.Json;
using LaiChau.Workflows.Engine.Rows;
using LaiChau.Workflows.Feel;
using Microsoft.EntityFrameworkCore;

namespace LaiChau.Workflows.Engine;

/// <summary>Jobs (issue 4 point 4): fetch-and-lock with a lease, complete, fail with retries and back-off.</summary>
public sealed class WorkflowJobs : WorkflowEnginePart
{
    internal WorkflowJobs(CommandRunner runner)
        : base(runner)
    {
    }

    /// <summary>
    /// Locks up to <paramref name="max"/> fetchable jobs of <paramref name="type"/> for <paramref name="worker"/>.
    /// PostgreSQL skips rows other hosts are locking (<c>FOR UPDATE SKIP LOCKED</c>); SQLite has one writer, and each
    /// lock is a conditional update, so two hosts never hold the same job.
    /// </summary>
    public async Task<IReadOnlyList<ActivatedJob>> ActivateJobsAsync(
        string type, string worker, int max, TimeSpan? lease = null, CancellationToken ct = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 1);
        var now = Services.Clock.GetUtcNow();
        var token = Guid.CreateVersion7(now);
        var expires = now + (lease ?? Services.Options.DefaultJobLease);
        await using var session = Database.Open();
        var db = session.Context;
        var locked = await JobLocks.LockAsync(db, type, worker, max, now, token, expires, ct);
        if (locked.Count == 0)
        {
            return [];
        }

        var jobs = await db.Set<JobRow>().AsNoTracking().Where(j => locked.Contains(j.Id) && j.LeaseToken == token).ToListAsync(ct);
        var instanceIds = jobs.Select(j => j.InstanceId).Distinct().ToList();
        var instances = await db.Set<ProcessInstanceRow>().AsNoTracking()
            .Where(i => instanceIds.Contains(i.Id))
            .Select(i => new { i.Id, i.DefinitionId, i.Snapshot })
            .ToListAsync(ct);
        var result = new List<ActivatedJob>(jobs.Count);
        foreach (var job in jobs.OrderBy(j => j.RunAfter).ThenBy(j => j.Id))
        {
            var instance = instances.Single(i => i.Id == job.InstanceId);
            var process = await Services.Definitions.GetAsync(db, instance.DefinitionId, ct);
            var state = Runtime.InstanceSnapshot.Read(instance.Snapshot, process.Model);
            result.Add(new ActivatedJob(
                job.Id, token, expires, job.Type, job.InstanceId, job.ElementInstanceId, job.ElementId, job.Retries,
                JsonSerializer.Deserialize<Dictionary<string, string>>(job.Headers)!,
                VisibleVariables.Of(state, job.ElementInstanceId)));
        }

        return result;
    }

    /// <summary>The worker is done: the token moves on. A lost lease (another worker has the job now) is a conflict.</summary>
    public Task CompleteJobAsync(
        Guid jobId, Guid? leaseToken, IReadOnlyDictionary<string, FeelValue> variables, CancellationToken ct = default) =>
        Runner.RunAsync(async unit =>
        {
            var (job, instance) = await LoadJobAsync(unit, jobId, leaseToken, ct);
            instance.EnsureWaiting(job.ElementInstanceId, $"Job {jobId}");
            unit.Journal(instance, new JobCompleted(unit.Now, job.Id, job.ElementInstanceId, job.Worker));
            // The job is done even when its output mappings raise an incident (Zeebe's rule): the incident waits on the
            // element, and the job must not be handed out again (the randomized concurrency test caught a second run).
            unit.Db.Remove(job);
            await unit.ApplyAsync(instance, Services.Semantics.CompleteWait(instance.State, job.ElementInstanceId, variables), ct);
            return true;
        }, ct);

    /// <summary>
    /// The attempt failed: <paramref name="retriesLeft"/> more attempts after <paramref name="backoff"/>; none left
    /// raises an incident on the instance, retryable once the cause is fixed.
    /// </summary>
    public Task FailJobAsync(
        Guid jobId, Guid? leaseToken, int retriesLeft, TimeSpan backoff, string? message, CancellationToken ct = default) =>
        Runner.RunAsync(async unit =>
        {
            var (job, instance) = await LoadJobAsync(unit, jobId, leaseToken, ct);
            instance.EnsureWaiting(job.ElementInstanceId, $"Job {jobId}");
            job.Retries = Math.Max(0, retriesLeft);
            job.RunAfter = unit.Now + backoff;
            job.LastError = message is { Length: > 4000 } ? message[..4000] : message;
            job.Worker = null;
            job.LeaseToken = null;
            job.LeaseExpiresAt = null;
            unit.Journal(instance, new JobFailed(unit.Now, job.Id, job.ElementInstanceId, job.Retries, job.LastError));
            if (job.Retries == 0)
            {
                var reason = $"Job '{job.Type}' failed and has no retries left: {job.LastError}";
                unit.AddIncident(instance, job.ElementInstanceId, IncidentKind.JobNoRetries, reason, job.Id);
                unit.Journal(instance, new Runtime.IncidentRaised(unit.Now, job.ElementInstanceId, reason));
            }

            return true;
        }, ct);

    /// <summary>
    /// The job reports a BPMN error: the nearest boundary or event sub-process that catches its code takes the token;
    /// uncaught, it is an incident on the job's element and the token stays (Zeebe's rule). The job is done either way.
    /// </summary>
    public Task ThrowErrorAsync(
        Guid jobId, Guid? leaseToken, string errorCode, string? message, IReadOnlyDictionary<string, FeelValue> variables,
        CancellationToken ct = default) =>
        Runner.RunAsync(async unit =>
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(errorCode);
            var (job, instance) = await LoadJobAsync(unit, jobId, leaseToken, ct);
            instance.EnsureWaiting(job.ElementInstanceId, $"Job {jobId}");
            unit.Db.Remove(job);
            await unit.ApplyAsync(instance, Services.Semantics.ThrowError(instance.State, job.ElementInstanceId, errorCode, message, variables), ct);
            return true;
        }, ct);

    private static async Task<(JobRow Job, InstanceAggregate Instance)> LoadJobAsync(CommandUnit unit, Guid jobId, Guid? leaseToken, CancellationToken ct)
    {
        var (job, instance) = await unit.LoadWithInstanceAsync<JobRow>(j => j.Id == jobId, j => j.InstanceId, ct)
            ?? throw new WorkflowNotFoundException($"Job {jobId} does not exist (it may be completed already, or its element ended).");
        if (leaseToken is { } token && (job.LeaseToken != token || job.LeaseExpiresAt <= unit.Now))
        {
            throw new WorkflowConflictException($"The lease on job {jobId} has expired or belongs to another worker.");
        }

        return (job, instance);
    }
}
