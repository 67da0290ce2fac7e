using Microsoft.EntityFrameworkCore;

namespace LaiChau.Workflows.Engine;

/// <summary>Where the engine gets a DbContext for one command; the host's context includes <see cref="WorkflowsModel"/>.</summary>
public interface IWorkflowDatabase
{
    WorkflowSession Open();

    /// <summary>
    /// Whether a failed save lost a race on an instance (a journal sequence number taken by a concurrent command):
    /// the engine then re-runs the command, as for a version conflict. Provider-specific, so the host answers.
    /// </summary>
    bool IsLostRace(DbUpdateException exception) => false;
}

/// <summary>One DbContext for one command attempt; disposing it releases the context (and its DI scope).</summary>
public sealed class WorkflowSession(DbContext context, IAsyncDisposable? owner = null) : IAsyncDisposable
{
    public DbContext Context => context;

    public async ValueTask DisposeAsync()
    {
        if (owner is not null)
        {
            await owner.DisposeAsync();
        }
        else
        {
            await context.DisposeAsync();
        }
    }
}

internal static class ProviderNames
{
    public static bool IsPostgres(this DbContext db) =>
        db.Database.ProviderName == "Npgsql.EntityFrameworkCore.PostgreSQL";
}
