using LaiChau.Host.Data;
using LaiChau.Workflows.Engine;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace LaiChau.Host.Workflows;

/// <summary>Gives the engine the app's own DbContext, one DI scope per command attempt.</summary>
public sealed class HostWorkflowDatabase(IServiceScopeFactory scopes) : IWorkflowDatabase
{
    private const int SqliteConstraint = 19;

    /// <summary>
    /// Unique indexes two concurrent commands can both pass in memory: a journal sequence number of one instance, a
    /// definition version of one key (two deployments at once), a message id (two publications at once). The
    /// later command re-runs and then sees the earlier one's rows.
    /// </summary>
    private static readonly (string Postgres, string Sqlite)[] RaceIndexes =
    [
        ("PK_journal", "journal.InstanceId, journal.Sequence"),
        ("IX_process_definitions_Key_Version", "process_definitions.Key, process_definitions.Version"),
        ("IX_process_definitions_Key_Hash", "process_definitions.Key, process_definitions.Hash"),
        ("IX_messages_MessageId", "messages.MessageId"),
    ];

    public WorkflowSession Open()
    {
        var scope = scopes.CreateAsyncScope();
        return new WorkflowSession(scope.ServiceProvider.GetRequiredService<AppDbContext>(), scope);
    }

    public bool IsLostRace(DbUpdateException exception) => WorkflowDatabaseRaces.IsRolledBackByTheServer(exception) || exception.InnerException switch
    {
        PostgresException pg => pg.SqlState == PostgresErrorCodes.UniqueViolation && RaceIndexes.Any(i => i.Postgres == pg.ConstraintName),
        SqliteException lite => lite.SqliteErrorCode == SqliteConstraint
            && RaceIndexes.Any(i => lite.Message.Contains($"UNIQUE constraint failed: {i.Sqlite}", StringComparison.Ordinal)),
        _ => false,
    };
}
