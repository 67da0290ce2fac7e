using System.Threading.Channels;
using LaiChau.Workflows.Engine;
using Microsoft.Extensions.Options;

namespace LaiChau.Host.Workflows;

/// <summary>
/// Runs this host's <see cref="IJobHandler"/>s: fetch-and-lock by type, run the handler outside any transaction,
/// report the outcome. Wakes at once when this host created jobs, else polls (other hosts' jobs, back-offs, leases
/// that expired). A handler that throws fails the attempt; the engine counts retries and raises the incident.
/// Jobs that the engine's own commands create on this host are handed over directly after their commit, already
/// leased to this worker, while it has room (<see cref="IJobHandOff"/>, ADR 27): no fetch for them.
/// </summary>
public sealed partial class JobWorkerService(
    WorkflowEngine engine,
    WorkerActivity activity,
    IEnumerable<IJobHandler> handlers,
    IOptions<JobWorkerOptions> options,
    ILogger<JobWorkerService> logger) : BackgroundService, IJobHandOff
{
    private readonly SemaphoreSlim _wake = new(0);
    private readonly string _worker = $"{Environment.MachineName}/{Environment.ProcessId}";
    private readonly Channel<ActivatedJob> _handedOver = Channel.CreateUnbounded<ActivatedJob>(new UnboundedChannelOptions { SingleWriter = false });
    private Dictionary<string, IJobHandler> _byType = [];
    private int _reserved;
    private int _room;

    string IJobHandOff.Worker => _worker;

    TimeSpan IJobHandOff.Lease => options.Value.Lease;

    bool IJobHandOff.TryReserve(string type)
    {
        if (!_byType.ContainsKey(type))
        {
            return false;
        }

        if (Interlocked.Increment(ref _reserved) > _room)
        {
            Interlocked.Decrement(ref _reserved);
            return false;
        }

        // A reserved job keeps the host "busy" for WorkerActivity: it is leased, so no fetch would show it.
        activity.BeginReserved();
        return true;
    }

    void IJobHandOff.Release(string type)
    {
        Interlocked.Decrement(ref _reserved);
        activity.EndReserved();
    }

    void IJobHandOff.Accept(ActivatedJob job) => _handedOver.Writer.TryWrite(job);

    /// <summary>Runs handed-over jobs, <see cref="JobWorkerOptions.Concurrency"/> at a time.</summary>
    private async Task RunHandedOverAsync(JobWorkerOptions settings, CancellationToken ct)
    {
        await Parallel.ForEachAsync(
            _handedOver.Reader.ReadAllAsync(ct),
            new ParallelOptions { MaxDegreeOfParallelism = settings.Concurrency, CancellationToken = ct },
            async (job, token) =>
            {
                try
                {
                    await RunAsync(_byType[job.Type], job, settings, token);
                }
                finally
                {
                    Interlocked.Decrement(ref _reserved);
                    activity.EndReserved();
                }
            });
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        var byType = handlers.ToDictionary(h => h.Type, StringComparer.Ordinal);
        if (!settings.Enabled || byType.Count == 0)
        {
            return;
        }

        engine.JobsAvailable += Wake;
        _byType = byType;
        // Room for as many handed-over jobs as a few fetches would bring; beyond it, new jobs wait to be fetched.
        _room = settings.HandOff ? settings.MaxJobsPerFetch * 2 : 0;
        engine.JobHandOff = settings.HandOff ? this : null;
        var handedOver = RunHandedOverAsync(settings, stoppingToken);
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                var busy = false;
                foreach (var handler in byType.Values)
                {
                    busy |= await RunBatchAsync(handler, settings, stoppingToken);
                }

                if (!busy)
                {
                    // Idle: wait for a wake-up from this host, or the poll interval (real time: this is the
                    // worker's cadence, not business time, so it does not follow the engine's clock).
                    await _wake.WaitAsync(settings.PollInterval, stoppingToken);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // stopping
        }
        finally
        {
            engine.JobsAvailable -= Wake;
            if (ReferenceEquals(engine.JobHandOff, this))
            {
                // Jobs still queued here keep their lease and are fetched again when it expires.
                engine.JobHandOff = null;
            }

            _handedOver.Writer.TryComplete();
            try
            {
                await handedOver;
            }
            catch (OperationCanceledException)
            {
                // stopping
            }
        }
    }

    private void Wake() => _wake.Release();

    /// <summary>One fetch for one type; true when it found work (look again before sleeping).</summary>
    private async Task<bool> RunBatchAsync(IJobHandler handler, JobWorkerOptions settings, CancellationToken ct)
    {
        using var working = activity.Begin();
        IReadOnlyList<ActivatedJob> jobs;
        try
        {
            jobs = await engine.ActivateJobsAsync(handler.Type, _worker, settings.MaxJobsPerFetch, settings.Lease, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogFetchFailed(logger, e, handler.Type);
            return false;
        }

        // Jobs of one batch run side by side: each is its own command on its own instance.
        await Parallel.ForEachAsync(
            jobs,
            new ParallelOptions { MaxDegreeOfParallelism = settings.Concurrency, CancellationToken = ct },
            (job, token) => new ValueTask(RunAsync(handler, job, settings, token)));

        return jobs.Count > 0;
    }

    private async Task RunAsync(IJobHandler handler, ActivatedJob job, JobWorkerOptions settings, CancellationToken ct)
    {
        JobResult result;
        try
        {
            result = await handler.HandleAsync(job, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The message goes to the incident for administrators; the log keeps the type only (no personal data).
            LogHandlerFailed(logger, e.GetType().Name, job.Type, job.Id);
            result = JobResult.Fail($"{e.GetType().Name}: {e.Message}");
        }

        try
        {
            await ReportAsync(job, result, settings, ct);
        }
        catch (WorkflowException e)
        {
            // The lease expired meanwhile or the element ended (cancelled, interrupted): the outcome no longer counts.
            LogOutcomeRefused(logger, job.Type, job.Id, e.Message);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The database refused the report (down, or too many conflicts): the lease expires and the job runs again.
            LogReportFailed(logger, e, job.Type, job.Id);
        }
    }

    private Task ReportAsync(ActivatedJob job, JobResult result, JobWorkerOptions settings, CancellationToken ct) => result switch
    {
        JobCompletedResult done => engine.CompleteJobAsync(job.Id, job.LeaseToken, done.Variables, ct),
        JobFailedResult failed => engine.FailJobAsync(
            job.Id, job.LeaseToken, job.Retries - 1, failed.Backoff ?? settings.Backoff, failed.Message, ct),
        JobErrorResult error => engine.ThrowErrorAsync(job.Id, job.LeaseToken, error.Code, error.Message, error.Variables, ct),
        _ => throw new InvalidOperationException($"Unknown job result {result.GetType().Name}."),
    };

    [LoggerMessage(EventId = 4101, Level = LogLevel.Warning, Message = "Fetching jobs of type {Type} failed")]
    private static partial void LogFetchFailed(ILogger logger, Exception exception, string type);

    [LoggerMessage(EventId = 4102, Level = LogLevel.Warning, Message = "Handler threw {Exception} for job {JobId} of type {Type}")]
    private static partial void LogHandlerFailed(ILogger logger, string exception, string type, Guid jobId);

    [LoggerMessage(EventId = 4104, Level = LogLevel.Warning, Message = "Reporting the outcome of job {JobId} of type {Type} failed; it runs again after its lease")]
    private static partial void LogReportFailed(ILogger logger, Exception exception, string type, Guid jobId);

    [LoggerMessage(EventId = 4103, Level = LogLevel.Information, Message = "Outcome of job {JobId} of type {Type} refused: {Reason}")]
    private static partial void LogOutcomeRefused(ILogger logger, string type, Guid jobId, string reason);
}
