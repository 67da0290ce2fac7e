using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace LaiChau.Workflows.Persistence;

/// <summary>
/// Sends statements as one <see cref="DbBatch"/>: one round trip. Outside a transaction PostgreSQL runs the whole batch
/// as one implicit transaction (everything up to the protocol's Sync), so it commits whole or not at all, and the
/// call returns only after the commit. Inside the caller's transaction the batch is part of it.
/// </summary>
public static class BatchWriter
{
    /// <summary>SQLSTATE of <see cref="BatchStatement.ExactlyOneRow"/>'s check.</summary>
    private const string NoRowChanged = "22012";

    /// <summary>Whether this context's provider can take a batched write (PostgreSQL: batches and the row check).</summary>
    public static bool CanBatch(DbContext db) =>
        db.IsPostgres() && db.Database.GetDbConnection().CanCreateBatch;

    public static async Task ExecuteAsync(DbContext db, IReadOnlyList<BatchStatement> statements, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(statements);
        if (statements.Count == 0)
        {
            return;
        }

        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(ct);
        var batch = connection.CreateBatch();
        try
        {
            batch.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            foreach (var statement in statements)
            {
                var command = batch.CreateBatchCommand();
                command.CommandText = statement.Sql;
                foreach (var parameter in statement.Parameters)
                {
                    command.Parameters.Add(parameter);
                }

                batch.BatchCommands.Add(command);
            }

            await batch.ExecuteNonQueryAsync(ct);
        }
        catch (DbException e) when (e.SqlState == NoRowChanged)
        {
            throw new DbUpdateConcurrencyException("A row changed or went since it was read (optimistic lock): " + e.Message, e);
        }
        catch (DbException e)
        {
            // As from SaveChanges, so that the engine's lost-race check (e.g. a journal sequence number taken) still applies.
            throw new DbUpdateException("The batched write failed: " + e.Message, e);
        }
        finally
        {
            // The parameters may be sent again (a group that failed is retried one command at a time): free them.
            foreach (var command in batch.BatchCommands)
            {
                command.Parameters.Clear();
            }

            await batch.DisposeAsync();
            await db.Database.CloseConnectionAsync();
        }
    }
}
