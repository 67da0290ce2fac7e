using Microsoft.EntityFrameworkCore;

namespace LaiChau.Workflows.Engine;

/// <summary>Where the engine gets a DbContext for one command; the host's context includes <see cref="WorkflowsModel"/>.</summary>
public interface IWorkflowDatabase
{
    WorkflowSession Open();
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
