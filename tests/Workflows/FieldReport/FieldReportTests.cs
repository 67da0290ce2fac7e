using LaiChau.Workflows.Feel;

namespace LaiChau.Workflows.Tests.FieldReport;

/// <summary>Base of the scenario classes; each has a SQLite and a PostgreSQL variant (the store type).</summary>
public abstract class FieldReportTests<TStore> : IAsyncLifetime
    where TStore : IFieldReportStore, new()
{
    protected const string Agency = "UBND-TANPHONG";

    protected TStore Store { get; } = new();

    protected static (string, FeelValue) Var(string name, string value) => (name, FeelValue.String(value));

    protected static (string, FeelValue) Var(string name, bool value) => (name, FeelValue.Boolean(value));

    protected static (string, FeelValue) Var(string name, params string[] values) =>
        (name, FeelValue.List([.. values.Select(FeelValue.String)]));

    protected Task<FieldReportRun> ReceiveAsync(DateTimeOffset at, bool urgent = false) =>
        FieldReportRun.StartAsync(Store, at, Agency, urgent);

    public Task InitializeAsync() => Store.InitializeAsync();

    public Task DisposeAsync() => Store.DisposeAsync();
}
