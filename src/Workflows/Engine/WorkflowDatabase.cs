using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace LaiChau.Workflows.Engine;

/// <summary>Where the engine gets a DbContext for one command; the host's context includes <see cref="WorkflowsModel"/>.</summary>
public interface IWorkflowDatabase
{
    WorkflowSession Open();

    /// <summary>
    /// Whether a failed save lost a race on an instance (a journal sequence number taken by a concurrent command, or the
    /// database chose it as a deadlock's victim): the engine then re-runs the command, as for a version conflict.
    /// Provider-specific, so the host answers; this default knows only <see cref="WorkflowDatabaseRaces.IsRolledBackByTheServer"/>.
    /// </summary>
    bool IsLostRace(DbUpdateException exception) => WorkflowDatabaseRaces.IsRolledBackByTheServer(exception);
}

public static class WorkflowDatabaseRaces
{
    /// <summary>
    /// A deadlock victim (SQLSTATE 40P01) or a serialization failure (40001): the server rolled the whole transaction back,
    /// so running the command again from scratch is always safe. Two commands on a parent and its called child lock the
    /// two instance rows in opposite orders (issue 18 point 5 found it).
    /// </summary>
    public static bool IsRolledBackByTheServer(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is DbException { SqlState: "40P01" or "40001" })
            {
                return true;
            }
        }

        return false;
    }
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
