using LaiChau.Workflows.Feel;

namespace LaiChau.Workflows.Engine;

/// <summary>A job handed to a worker: valid while its lease lasts; completing it needs <see cref="LeaseToken"/>.</summary>
public sealed record ActivatedJob(
    Guid Id,
    Guid LeaseToken,
    DateTimeOffset LeaseExpiresAt,
    string Type,
    Guid InstanceId,
    Guid ElementInstanceId,
    string ElementId,
    int Retries,
    IReadOnlyDictionary<string, string> Headers,
    IReadOnlyDictionary<string, FeelValue> Variables);

/// <summary>Code that carries out jobs of one type (a service, send or script task, a message throw event).</summary>
public interface IJobHandler
{
    string Type { get; }

    /// <summary>Runs outside any transaction and may run more than once for one job (a lease can expire): be idempotent per job id.</summary>
    Task<JobResult> HandleAsync(ActivatedJob job, CancellationToken ct);
}

/// <summary>What a handler reports: done (with output variables), failed (retry later), or a BPMN error.</summary>
public abstract record JobResult
{
    public static JobResult Complete(IReadOnlyDictionary<string, FeelValue>? variables = null) =>
        new JobCompletedResult(variables ?? new Dictionary<string, FeelValue>());

    public static JobResult Fail(string message, TimeSpan? backoff = null) => new JobFailedResult(message, backoff);

    public static JobResult Error(string code, string? message = null, IReadOnlyDictionary<string, FeelValue>? variables = null) =>
        new JobErrorResult(code, message, variables ?? new Dictionary<string, FeelValue>());
}

public sealed record JobCompletedResult(IReadOnlyDictionary<string, FeelValue> Variables) : JobResult;

public sealed record JobFailedResult(string Message, TimeSpan? Backoff) : JobResult;

public sealed record JobErrorResult(string Code, string? Message, IReadOnlyDictionary<string, FeelValue> Variables) : JobResult;
