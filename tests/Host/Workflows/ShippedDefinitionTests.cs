using LaiChau.Host.Reports.Process;
using LaiChau.Host.Tests.Infrastructure;
using LaiChau.Testing;
using LaiChau.Workflows.Engine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace LaiChau.Host.Tests.Workflows;

/// <summary>
/// The shipped definitions after an upgrade: a process still on a shipped version gets the changed file as its next
/// version; one whose newest version a person published is never overwritten.
/// </summary>
public abstract class ShippedDefinitionTests : ProviderTestBase
{
    [Fact]
    public async Task A_changed_shipped_file_becomes_the_next_version_until_a_person_publishes_one()
    {
        var host = NewHost();
        var engine = host.Services.GetRequiredService<WorkflowEngine>();
        var shipped = host.Services.GetServices<IHostedService>().OfType<ShippedDefinitions>().Single();
        var id = $"shipped-{Guid.NewGuid():N}"[..20];
        (string, string)[] File(string name) => [("probe.bpmn", Processes.Approval(id).Replace("name=\"Phê duyệt\"", $"name=\"{name}\"", StringComparison.Ordinal))];

        await shipped.DeployAsync(File("Duyệt 1"), default);
        await shipped.DeployAsync(File("Duyệt 1"), default); // a restart with the same file
        await shipped.DeployAsync(File("Duyệt 2"), default); // an upgrade that changed it
        Assert.Equal([(1, "shipped"), (2, "shipped")], await VersionsAsync(engine, id));

        await engine.DeployAsync(File("Duyệt của tỉnh")[0].Item2, "ana.admin");
        await shipped.DeployAsync(File("Duyệt 3"), default);
        await shipped.DeployAsync(File("Duyệt 1"), default); // an older host restarting: the same XML is its old version

        Assert.Equal([(1, "shipped"), (2, "shipped"), (3, "ana.admin")], await VersionsAsync(engine, id));
    }

    private static async Task<List<(int, string?)>> VersionsAsync(WorkflowEngine engine, string id) =>
        [.. (await engine.Queries().FindDefinitionsAsync()).Where(d => d.Key == id).Select(d => (d.Version, d.DeployedBy))];
}

public sealed class SqliteShippedDefinitionTests : ShippedDefinitionTests;

[Collection(PostgresCollection.Name)]
public sealed class PostgresShippedDefinitionTests : ShippedDefinitionTests
{
    public PostgresShippedDefinitionTests(PostgresDatabase database) => Postgres = database;
}
