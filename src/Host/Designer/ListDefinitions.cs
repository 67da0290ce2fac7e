using LaiChau.Workflows.Engine;

namespace LaiChau.Host.Designer;

/// <summary>
/// <c>GET /api/v1/designer/definitions</c>: every version (who published it, when, the change note) with its running instances, for the
/// designer's list. Two narrow queries: the definitions and a grouped count of active instances.
/// </summary>
public static class ListDefinitions
{
    public sealed record Item(
        Guid Id, string Key, int Version, string? Name, string Hash, DateTimeOffset DeployedAt, string? DeployedBy, string? ChangeNote,
        int ActiveInstances);

    public static void Map(RouteGroupBuilder group) => group.MapGet("/definitions", HandleAsync).WithSummary("Every version with its publisher, note and running instances");

    public static async Task<IReadOnlyList<Item>> HandleAsync(WorkflowQueries queries, WorkflowStatistics statistics, CancellationToken ct)
    {
        var definitions = await queries.FindDefinitionsAsync(ct);
        var active = await statistics.CountActiveInstancesAsync(ct);
        return [.. definitions.Select(d => new Item(
            d.Id, d.Key, d.Version, d.Name, d.Hash, d.DeployedAt, d.DeployedBy, d.ChangeNote, active.GetValueOrDefault(d.Id)))];
    }
}
