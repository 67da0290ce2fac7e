using LaiChau.Workflows.Engine;

namespace LaiChau.Host.Designer;

/// <summary>
/// <c>POST /api/v1/designer/definitions/{key}/versions/{version}/migrate?dryRun=&amp;targetVersion=</c>: moves every
/// running instance of that version to the target (default: the latest), each waiting element to the same id. Always a
/// dry run over all first; the answer lists each refused instance, and nothing moves while any is refused.
/// </summary>
public static class MigrateVersion
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapPost("/definitions/{key}/versions/{version:int}/migrate", HandleAsync)
            .WithSummary("Move every running instance of a version (a dry run unless dryRun=false)");

    public static async Task<BulkMigrationResult> HandleAsync(
        string key, int version, bool? dryRun, int? targetVersion, WorkflowMigrations migrations, WorkflowQueries queries, CancellationToken ct)
    {
        var target = targetVersion ?? (await queries.FindDefinitionsAsync(ct)).Where(d => d.Key == key).Select(d => d.Version).DefaultIfEmpty(version).Max();
        // Without an explicit "false" it stays a dry run: moving every instance is never the accident.
        return await migrations.MigrateVersionAsync(key, version, target, dryRun ?? true, ct);
    }
}
