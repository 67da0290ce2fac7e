using LaiChau.Testing;

namespace LaiChau.Host.Tests.Infrastructure;

/// <summary>
/// Base of tests that must hold on both database providers. SQLite unless the derived class (in the
/// PostgreSQL collection) sets <see cref="Postgres"/>; then the tables are emptied before each test.
/// Every host made by <see cref="NewHost"/> is disposed after the test.
/// </summary>
public abstract class ProviderTestBase : IAsyncLifetime
{
    private readonly List<HostFactory> _hosts = [];

    protected PostgresDatabase? Postgres { get; init; }

    /// <summary>The host made last by <see cref="NewHost"/>.</summary>
    protected HostFactory LastHost => _hosts[^1];

    protected HostFactory NewHost(string? bootstrapApiKey = HostFactory.AdminKey, string? dataDirectory = null)
    {
        var host = new HostFactory(Postgres?.ConnectionString, bootstrapApiKey, dataDirectory);
        _hosts.Add(host);
        return host;
    }

    /// <summary>
    /// Reference data that migrations seed (HasData) is kept by the reset; a test that changes it puts it back.
    /// </summary>
    public static readonly string[] SeededTables = ["calendar_exceptions", "report_categories"];

    public virtual Task InitializeAsync() => Postgres?.ResetAsync(SeededTables) ?? Task.CompletedTask;

    public virtual async Task DisposeAsync()
    {
        foreach (var host in _hosts)
        {
            await host.DisposeAsync();
        }
    }
}
