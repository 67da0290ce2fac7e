using LaiChau.Host.Tests.Infrastructure;
using LaiChau.Testing;
using LaiChau.Workflows.Engine;
using LaiChau.Workflows.Feel;
using Microsoft.Extensions.DependencyInjection;

namespace LaiChau.Host.Tests.Workflows;

/// <summary>Issue 9 point 4: every running instance of an older version moves to another, after a dry run over all.</summary>
public abstract class BulkMigrationTests : ProviderTestBase
{
    private static readonly Dictionary<string, FeelValue> None = [];

    [Fact]
    public async Task MigrateVersion_DryRunThenMigrate_MovesEveryRunningInstance()
    {
        var engine = Engine();
        await engine.DeployAsync(Processes.Approval("bulk"), "admin");
        var ids = await StartAsync(engine, "bulk", 3);
        await engine.DeployAsync(Processes.Approval("bulk").Replace("Phê duyệt", "Phê duyệt lần cuối", StringComparison.Ordinal), "admin");

        var dryRun = await engine.MigrateVersionAsync("bulk", 1, 2, dryRun: true);
        Assert.Equal((3, 0, 0), (dryRun.Instances, dryRun.Migrated, dryRun.Refused.Count));
        Assert.All(await VersionsAsync(engine, ids), v => Assert.Equal(1, v));

        var done = await engine.MigrateVersionAsync("bulk", 1, 2, dryRun: false);

        Assert.Equal((3, 3, 0, false), (done.Instances, done.Migrated, done.Refused.Count, done.DryRun));
        foreach (var id in ids)
        {
            var instance = await engine.Queries().GetInstanceAsync(id);
            Assert.Equal(2, instance.Version);
            Assert.Equal(["approve"], instance.ActiveElementIds);
        }
    }

    [Fact]
    public async Task MigrateVersion_WhenAnInstanceIsRefused_ReportsEachAndMovesNone()
    {
        var engine = Engine();
        await engine.DeployAsync(Processes.Approval("bulk-refused"), "admin");
        var ids = await StartAsync(engine, "bulk-refused", 2);
        // Version 2 has no element "approve": the waiting tokens have nowhere to go by id.
        await engine.DeployAsync(Processes.Approval("bulk-refused").Replace("\"approve\"", "\"approve_v2\"", StringComparison.Ordinal), "admin");

        var result = await engine.MigrateVersionAsync("bulk-refused", 1, 2, dryRun: false);

        Assert.Equal((2, 0), (result.Instances, result.Migrated));
        Assert.Equal(ids.Order(), result.Refused.Select(r => r.InstanceId).Order());
        Assert.All(result.Refused, r => Assert.Contains(r.Errors, e => e.ElementId == "approve"));
        Assert.All(await VersionsAsync(engine, ids), v => Assert.Equal(1, v));
    }

    [Fact]
    public async Task MigrateVersion_UnknownTargetVersion_IsNotFound()
    {
        var engine = Engine();
        await engine.DeployAsync(Processes.Approval("bulk-missing"), "admin");

        await Assert.ThrowsAsync<WorkflowNotFoundException>(() => engine.MigrateVersionAsync("bulk-missing", 1, 5, dryRun: true));
    }

    private static async Task<List<int>> VersionsAsync(WorkflowEngine engine, IEnumerable<Guid> ids)
    {
        var versions = new List<int>();
        foreach (var id in ids)
        {
            versions.Add((await engine.Queries().GetInstanceAsync(id)).Version);
        }

        return versions;
    }

    private WorkflowEngine Engine() => NewHost().Services.GetRequiredService<WorkflowEngine>();

    private static async Task<List<Guid>> StartAsync(WorkflowEngine engine, string key, int count)
    {
        var ids = new List<Guid>();
        for (var i = 0; i < count; i++)
        {
            ids.Add(await engine.StartAsync(new StartInstance(key, null, null, None)));
        }

        return ids;
    }
}

public sealed class SqliteBulkMigrationTests : BulkMigrationTests;

[Collection(PostgresCollection.Name)]
public sealed class PostgresBulkMigrationTests : BulkMigrationTests
{
    public PostgresBulkMigrationTests(PostgresDatabase database) => Postgres = database;
}
