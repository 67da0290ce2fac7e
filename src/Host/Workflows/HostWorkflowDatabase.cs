using LaiChau.Host.Data;
using LaiChau.Workflows.Engine;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace LaiChau.Host.Workflows;

/// <summary>Gives the engine the app's own DbContext, one DI scope per command attempt.</summary>
public sealed class HostWorkflowDatabase(IServiceScopeFactory scopes) : IWorkflowDatabase
{
    private const string JournalSequenceIndex = "IX_journal_InstanceId_Sequence";
    private const int SqliteConstraint = 19;

    public WorkflowSession Open()
    {
        var scope = scopes.CreateAsyncScope();
        return new WorkflowSession(scope.ServiceProvider.GetRequiredService<AppDbContext>(), scope);
    }

    /// <summary>Two commands on one instance wrote the same journal sequence number: the later one lost the race.</summary>
    public bool IsLostRace(DbUpdateException exception) => exception.InnerException switch
    {
        PostgresException pg => pg.SqlState == PostgresErrorCodes.UniqueViolation && pg.ConstraintName == JournalSequenceIndex,
        SqliteException lite => lite.SqliteErrorCode == SqliteConstraint
            && lite.Message.Contains("journal.InstanceId, journal.Sequence", StringComparison.Ordinal),
        _ => false,
    };
}
