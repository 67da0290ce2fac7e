using System.Data.Common;
using System.Text;
using LaiChau.Workflows.Engine.Rows;
using LaiChau.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace LaiChau.Workflows.Engine;

/// <summary>
/// A unit's journal entries, appended with multi-row INSERTs inside the unit's transaction. They are written, never
/// read back nor changed by the unit, so tracking each as an entity (a start makes dozens) was most of a save's cost.
/// Column names and value conversions come from the EF model, so both providers store what EF would.
/// </summary>
internal sealed class JournalWriter(DbContext db)
{
    /// <summary>Rows per statement: far below the providers' parameter limits (SQLite 32,766; PostgreSQL 65,535).</summary>
    private const int RowsPerStatement = 200;
    private readonly List<JournalRow> _pending = [];

    public bool HasPending => _pending.Count > 0;

    public void Add(JournalRow row) => _pending.Add(row);

    /// <summary>
    /// The pending entries as one batch statement (ADR 27, PostgreSQL only): <c>INSERT … SELECT FROM unnest(…)</c> of one
    /// array per column. Its text and its five parameters are the same for any number of entries, so PostgreSQL parses
    /// and plans little (a start writes dozens of entries: as a VALUES list with five parameters each, planning it cost
    /// a third as much as running it). They count as written once the batch committed.
    /// </summary>
    public IEnumerable<BatchStatement> Statements(StatementBuilder builder)
    {
        if (_pending.Count == 0)
        {
            yield break;
        }

        var table = builder.Table<JournalRow>();
        string Column(string property) => table.Columns[table.Property(property)];
        yield return new BatchStatement(
            $"INSERT INTO {table.Name} ({Column(nameof(JournalRow.InstanceId))}, {Column(nameof(JournalRow.Sequence))}, "
            + $"{Column(nameof(JournalRow.Type))}, {Column(nameof(JournalRow.At))}, {Column(nameof(JournalRow.Data))}) "
            + "SELECT * FROM unnest($1::uuid[], $2::integer[], $3::text[], $4::timestamptz[], $5::text[])",
            [
                builder.Array(_pending.Select(r => r.InstanceId).ToArray()),
                builder.Array(_pending.Select(r => r.Sequence).ToArray()),
                builder.Array(_pending.Select(r => r.Type).ToArray()),
                builder.Array(_pending.Select(r => r.At.ToUniversalTime()).ToArray()),
                builder.Array(_pending.Select(r => r.Data).ToArray()),
            ]);
    }

    /// <summary>The batch that held the entries committed.</summary>
    public void MarkWritten() => _pending.Clear();

    public async Task FlushAsync(CancellationToken ct)
    {
        if (_pending.Count == 0)
        {
            return;
        }

        var table = Table.Of(db);
        var connection = db.Database.GetDbConnection();
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Journal entries are written inside the unit's transaction.");
        try
        {
            foreach (var chunk in _pending.Chunk(RowsPerStatement))
            {
                await using var command = connection.CreateCommand();
                command.Transaction = transaction;
                table.Fill(command, chunk);
                await command.ExecuteNonQueryAsync(ct);
            }
        }
        catch (DbException e)
        {
            // As from SaveChanges, so that the engine's lost-race check (a sequence number taken) still applies.
            throw new DbUpdateException("Writing the journal failed: " + e.Message, e);
        }

        _pending.Clear();
    }

    /// <summary>The journal table as the model maps it; built per flush (cheap next to the round trip).</summary>
    private sealed class Table(string name, IReadOnlyList<(string Column, IProperty Property, Func<JournalRow, object?> Value)> columns, ISqlGenerationHelper sql)
    {
        public static Table Of(DbContext db)
        {
            var entity = db.Model.FindEntityType(typeof(JournalRow))
                ?? throw new InvalidOperationException("The model has no journal (WorkflowsModel was not applied).");
            var store = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
            var sql = db.GetService<ISqlGenerationHelper>();
            (string, IProperty, Func<JournalRow, object?>) Column(string property, Func<JournalRow, object?> value)
            {
                var p = entity.FindProperty(property)!;
                return (sql.DelimitIdentifier(p.GetColumnName(store)!), p, value);
            }

            return new Table(sql.DelimitIdentifier(store.Name, store.Schema), [
                Column(nameof(JournalRow.InstanceId), r => r.InstanceId),
                Column(nameof(JournalRow.Sequence), r => r.Sequence),
                Column(nameof(JournalRow.Type), r => r.Type),
                Column(nameof(JournalRow.At), r => r.At),
                Column(nameof(JournalRow.Data), r => r.Data),
            ], sql);
        }

        public void Fill(DbCommand command, IReadOnlyList<JournalRow> rows)
        {
            var text = new StringBuilder("INSERT INTO ").Append(name).Append(" (")
                .AppendJoin(", ", columns.Select(c => c.Column)).Append(") VALUES ");
            for (var r = 0; r < rows.Count; r++)
            {
                text.Append(r == 0 ? "(" : ", (");
                for (var c = 0; c < columns.Count; c++)
                {
                    var parameterName = $"j{r}_{c}";
                    var (_, property, value) = columns[c];
                    // The property's mapping applies its value converter (e.g. UTC ticks on SQLite), as SaveChanges would.
                    command.Parameters.Add(property.GetRelationalTypeMapping().CreateParameter(command, parameterName, value(rows[r]), property.IsNullable));
                    text.Append(c == 0 ? "" : ", ").Append(sql.GenerateParameterNamePlaceholder(parameterName));
                }

                text.Append(')');
            }

            command.CommandText = text.ToString();
        }
    }
}
