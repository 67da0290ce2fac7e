using LaiChau.Workflows.Engine.Rows;
using LaiChau.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace LaiChau.Workflows.Engine;

/// <summary>How long one element took on average, over the element instances that completed in the window.</summary>
public sealed record ElementDuration(string ElementId, double AverageSeconds, int Completed);

public sealed partial class WorkflowEngine
{
    /// <summary>The window of the designer's averages (issue 9 point 5).</summary>
    public static readonly TimeSpan AverageDurationWindow = TimeSpan.FromDays(30);

    /// <summary>
    /// Per element of one definition version: the mean time from <see cref="ElementActivated"/> to
    /// <see cref="ElementCompleted"/> of the element instances that completed since <paramref name="since"/>. Reads only
    /// those two journal event types (element ids and instants, no variables) of instances that completed something in
    /// the window. Multi-instance bodies are left out: their inner instances carry the element's time.
    /// </summary>
    internal static async Task<IReadOnlyList<ElementDuration>> AverageDurationsAsync(
        DbContext db, Guid definitionId, DateTimeOffset since, CancellationToken ct)
    {
        var activated = nameof(ElementActivated);
        var completed = nameof(ElementCompleted);
        var journal = db.Set<JournalRow>().AsNoTracking();
        var instances = db.Set<ProcessInstanceRow>().AsNoTracking().Where(i => i.DefinitionId == definitionId).Select(i => i.Id);
        var recent = journal.Where(j => j.Type == completed && j.At >= since && instances.Contains(j.InstanceId)).Select(j => j.InstanceId);
        var rows = await journal
            .Where(j => (j.Type == activated || j.Type == completed) && recent.Contains(j.InstanceId))
            .Select(j => new { j.Type, j.Data })
            .ToListAsync(ct);

        var starts = new Dictionary<Guid, DateTimeOffset>();
        var ends = new List<ElementCompleted>();
        foreach (var row in rows)
        {
            switch (JournalCodec.Read(row.Type, row.Data))
            {
                case ElementActivated { IsMultiInstanceBody: false } start:
                    starts[start.ElementInstanceId] = start.At;
                    break;
                case ElementCompleted end when end.At >= since:
                    ends.Add(end);
                    break;
            }
        }

        return [.. ends
            .Where(e => starts.ContainsKey(e.ElementInstanceId))
            .GroupBy(e => e.ElementId, StringComparer.Ordinal)
            .Select(g => new ElementDuration(
                g.Key, g.Average(e => (e.At - starts[e.ElementInstanceId]).TotalSeconds), g.Count()))
            .OrderBy(d => d.ElementId, StringComparer.Ordinal)];
    }
}
