using System.Collections.Concurrent;
using LaiChau.Workflows.Engine;
using LaiChau.Workflows.Feel;

namespace LaiChau.Host.Tests.Workflows;

/// <summary>A job handler whose behaviour a test chooses, recording every job it ran.</summary>
internal sealed class ScriptedHandler(string type, Func<ActivatedJob, JobResult> behaviour) : IJobHandler
{
    private readonly ConcurrentBag<Guid> _runs = [];

    public string Type => type;

    public IReadOnlyCollection<Guid> Runs => _runs;

    public Task<JobResult> HandleAsync(ActivatedJob job, CancellationToken ct)
    {
        _runs.Add(job.Id);
        return Task.FromResult(behaviour(job));
    }

    public static ScriptedHandler Completing(string type, params (string Name, FeelValue Value)[] outputs) =>
        new(type, _ => JobResult.Complete(outputs.ToDictionary(o => o.Name, o => o.Value)));
}
