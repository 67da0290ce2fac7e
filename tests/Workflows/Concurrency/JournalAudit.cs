using LaiChau.Workflows.Bpmn;
using LaiChau.Workflows.Engine;
using LaiChau.Workflows.Engine.Rows;
using LaiChau.Workflows.Feel;
using LaiChau.Workflows.Model;
using LaiChau.Workflows.Runtime;
using LaiChau.Workflows.Tests.FieldReport;
using Microsoft.EntityFrameworkCore;

namespace LaiChau.Workflows.Tests.Concurrency;

/// <summary>
/// After the run (issue 18 point 5): every journal replays to its instance's snapshot, no job or timer ran twice,
/// and nothing acknowledged is missing. Reads the tables, not the engine's queries, so that it judges the engine
/// from outside.
/// </summary>
internal static class JournalAudit
{
    public static async Task CheckAsync(ConcurrencyWorld world, Ledger ledger)
    {
        await using var db = world.NewContext();
        var models = await ModelsAsync(db);
        var instances = await db.Set<ProcessInstanceRow>().AsNoTracking().ToListAsync();
        var journals = (await db.Set<JournalRow>().AsNoTracking().ToListAsync())
            .GroupBy(j => j.InstanceId)
            .ToDictionary(g => g.Key, g => g.OrderBy(j => j.Sequence).ToList());

        foreach (var instance in instances)
        {
            var journal = journals[instance.Id];
            Assert.True(
                journal.Select(j => j.Sequence).SequenceEqual(Enumerable.Range(journal[0].Sequence, journal.Count)),
                $"instance {instance.Id}: the journal has gaps or repeats");
            var model = models[instance.DefinitionId];
            var replayed = JournalReplay.Rebuild(model, journal.Select(j => JournalCodec.Read(j.Type, j.Data)));
            Assert.True(
                InstanceSnapshot.Write(InstanceSnapshot.Read(instance.Snapshot, model)) == InstanceSnapshot.Write(replayed),
                $"instance {instance.Id} ({instance.DefinitionKey} {instance.BusinessKey}): the replayed journal differs from the snapshot");
        }

        var events = journals.Values.SelectMany(j => j).Select(j => (j.InstanceId, Event: JournalCodec.Read(j.Type, j.Data))).ToList();
        AssertNothingRanTwice(events, ledger);
        await AssertNothingAcknowledgedIsMissingAsync(db, instances, events, ledger);
    }

    private static void AssertNothingRanTwice(List<(Guid InstanceId, RuntimeEvent Event)> events, Ledger ledger)
    {
        var twice = events.Where(e => e.Event is JobCompleted).GroupBy(e => ((JobCompleted)e.Event).JobId).Where(g => g.Count() > 1)
            .Select(g => $"{g.Key} of {ElementOf(events, ((JobCompleted)g.First().Event).ElementInstanceId)} in {g.First().InstanceId} ({string.Join(", ", g.Select(e => $"{e.Event.At:O} by {((JobCompleted)e.Event).Worker}"))})").ToList();
        Assert.True(twice.Count == 0, $"jobs completed twice: {string.Join("; ", twice)}");
        Assert.True(ledger.JobsActivatedAfterCompletion.IsEmpty, $"jobs handed out again after their completion: {string.Join(", ", ledger.JobsActivatedAfterCompletion)}");
        var firedTwice = events.Select(e => e.Event).OfType<TimerFired>().GroupBy(f => f.TimerId).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.True(firedTwice.Count == 0, $"timers fired twice: {string.Join(", ", firedTwice)}");
    }

    private static string ElementOf(List<(Guid InstanceId, RuntimeEvent Event)> events, Guid elementInstanceId) =>
        events.Select(e => e.Event).OfType<ElementActivated>().FirstOrDefault(a => a.ElementInstanceId == elementInstanceId)?.ElementId ?? "?";

    private static async Task AssertNothingAcknowledgedIsMissingAsync(
        EngineOnlyContext db, List<ProcessInstanceRow> instances, List<(Guid InstanceId, RuntimeEvent Event)> events, Ledger ledger)
    {
        var known = instances.Select(i => i.Id).ToHashSet();
        Assert.All(ledger.StartedInstances, id => Assert.Contains(id, known));

        var tasks = await db.Set<UserTaskRow>().AsNoTracking().ToDictionaryAsync(t => t.Id);
        var taskCompletions = events.Select(e => e.Event).OfType<UserTaskCompleted>().Select(c => c.TaskId).ToHashSet();
        foreach (var (taskId, _) in ledger.CompletedTasks)
        {
            Assert.True(tasks.TryGetValue(taskId, out var task) && task.State == UserTaskState.Completed, $"task {taskId} was acknowledged completed");
            Assert.Contains(taskId, taskCompletions);
        }

        var jobCompletions = events.Select(e => e.Event).OfType<JobCompleted>().Select(c => c.JobId).ToHashSet();
        Assert.All(ledger.CompletedJobs, j =>
        {
            Assert.Equal(1, j.Value);
            Assert.Contains(j.Key, jobCompletions);
        });

        var correlated = events.Where(e => e.Event is MessageCorrelated)
            .GroupBy(e => (e.InstanceId, ((MessageCorrelated)e.Event).MessageName))
            .ToDictionary(g => g.Key, g => g.Count());
        foreach (var ((instance, name), count) in ledger.Correlations)
        {
            Assert.True(correlated.GetValueOrDefault((instance, name)) >= count, $"{count} acknowledged '{name}' correlations of {instance} are not all in its journal");
        }

        // Nothing left behind by an ended instance.
        var ended = instances.Where(i => i.State != InstanceState.Active).Select(i => i.Id).ToHashSet();
        Assert.DoesNotContain(await db.Set<JobRow>().AsNoTracking().Select(j => j.InstanceId).ToListAsync(), ended.Contains);
        Assert.DoesNotContain(await db.Set<TimerRow>().AsNoTracking().Where(t => t.InstanceId != null).Select(t => t.InstanceId!.Value).ToListAsync(), ended.Contains);
        Assert.DoesNotContain(await db.Set<MessageSubscriptionRow>().AsNoTracking().Select(s => s.InstanceId).ToListAsync(), ended.Contains);
        Assert.DoesNotContain(tasks.Values, t => t.State == UserTaskState.Created && ended.Contains(t.InstanceId));
    }

    private static async Task<Dictionary<Guid, ProcessModel>> ModelsAsync(EngineOnlyContext db)
    {
        var syntax = new FeelExpressionSyntax(FieldReportDefinition.Functions);
        return (await db.Set<ProcessDefinitionRow>().AsNoTracking().ToListAsync()).ToDictionary(
            d => d.Id,
            d => BpmnValidator.Validate(d.Xml, syntax).Definition?.FindProcess(d.Key)
                ?? throw new InvalidOperationException($"definition {d.Key} v{d.Version} no longer validates"));
    }
}
