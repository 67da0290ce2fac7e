using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;

namespace LaiChau.Workflows.Persistence;

/// <summary>
/// A DbContext's tracked changes as batch statements, without EF's update pipeline: deletes (dependents first), updates
/// (the changed columns only, each checked to change exactly one row, versions bumped as <see cref="VersionInterceptor"/>
/// does), then inserts (principals first, one multi-row INSERT per table). Returns null when a change needs EF itself
/// (a store-generated key, a changed key, a table shape this writer does not cover): the caller then uses SaveChanges.
/// </summary>
public static class TrackedChanges
{
    public static List<BatchStatement>? TryWrite(DbContext db, StatementBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(builder);
        var deletes = new List<(TableMap Table, EntityEntry Entry)>();
        var updates = new List<(TableMap Table, EntityEntry Entry)>();
        var inserts = new List<(TableMap Table, EntityEntry Entry)>();
        foreach (var entry in db.ChangeTracker.Entries())
        {
            if (entry.State is EntityState.Unchanged or EntityState.Detached)
            {
                continue;
            }

            var table = builder.Table(entry.Metadata);
            if (!table.Supported)
            {
                return null;
            }

            switch (entry.State)
            {
                case EntityState.Added:
                    if (entry.Properties.Any(p => p.IsTemporary))
                    {
                        return null; // a value the database generates (an identity column): SaveChanges reads it back
                    }

                    inserts.Add((table, entry));
                    break;
                case EntityState.Modified:
                    if (table.Keys.Any(k => entry.Property(k).IsModified))
                    {
                        return null;
                    }

                    updates.Add((table, entry));
                    break;
                case EntityState.Deleted:
                    deletes.Add((table, entry));
                    break;
            }
        }

        var statements = new List<BatchStatement>(deletes.Count + updates.Count + inserts.Count);
        foreach (var (table, entry) in deletes.OrderByDescending(d => d.Table.Depth))
        {
            statements.Add(Delete(builder, table, entry));
        }

        foreach (var (table, entry) in updates)
        {
            statements.Add(Update(builder, table, entry));
        }

        foreach (var group in inserts.GroupBy(i => i.Table).OrderBy(g => g.Key.Depth))
        {
            statements.Add(Insert(builder, group.Key, [.. group.Select(g => g.Entry)]));
        }

        return statements;
    }

    private static BatchStatement Insert(StatementBuilder builder, TableMap table, IReadOnlyList<EntityEntry> entries)
    {
        foreach (var entry in entries)
        {
            if (entry.Entity is IVersioned versioned)
            {
                versioned.Version = 1;
            }
        }

        var columns = table.Columns.ToList();
        var parameters = new List<DbParameter>(columns.Count * entries.Count);
        var sql = new StringBuilder("INSERT INTO ").Append(table.Name).Append(" (")
            .AppendJoin(", ", columns.Select(c => c.Value)).Append(") VALUES ");
        for (var r = 0; r < entries.Count; r++)
        {
            sql.Append(r == 0 ? "(" : ", (");
            for (var c = 0; c < columns.Count; c++)
            {
                parameters.Add(builder.Parameter(columns[c].Key, entries[r].Property(columns[c].Key).CurrentValue));
                sql.Append(c == 0 ? "$" : ", $").Append(parameters.Count);
            }

            sql.Append(')');
        }

        return new BatchStatement(sql.ToString(), parameters);
    }

    private static BatchStatement Update(StatementBuilder builder, TableMap table, EntityEntry entry)
    {
        var parameters = new List<DbParameter>();
        var sql = new StringBuilder("UPDATE ").Append(table.Name).Append(" SET ");
        var first = true;
        foreach (var (property, column) in table.Columns)
        {
            var value = entry.Property(property);
            if (!value.IsModified || (entry.Entity is IVersioned && property.Name == nameof(IVersioned.Version)))
            {
                continue;
            }

            parameters.Add(builder.Parameter(property, value.CurrentValue));
            sql.Append(first ? "" : ", ").Append(column).Append(" = $").Append(parameters.Count);
            first = false;
        }

        if (entry.Entity is IVersioned versioned)
        {
            // As VersionInterceptor: the next version is written, the one read stays in the WHERE clause.
            var read = (long)entry.Property(nameof(IVersioned.Version)).OriginalValue!;
            versioned.Version = read + 1;
            var version = table.Property(nameof(IVersioned.Version));
            parameters.Add(builder.Parameter(version, versioned.Version));
            sql.Append(first ? "" : ", ").Append(table.Columns[version]).Append(" = $").Append(parameters.Count);
        }

        Where(builder, table, entry, sql, parameters);
        return new BatchStatement(BatchStatement.ExactlyOneRow(sql.ToString()), parameters);
    }

    private static BatchStatement Delete(StatementBuilder builder, TableMap table, EntityEntry entry)
    {
        var parameters = new List<DbParameter>();
        var sql = new StringBuilder("DELETE FROM ").Append(table.Name);
        Where(builder, table, entry, sql, parameters);
        return new BatchStatement(BatchStatement.ExactlyOneRow(sql.ToString()), parameters);
    }

    /// <summary>The key, and every concurrency token as it was read.</summary>
    private static void Where(StatementBuilder builder, TableMap table, EntityEntry entry, StringBuilder sql, List<DbParameter> parameters)
    {
        var first = true;
        foreach (var property in table.Keys.Concat(table.ConcurrencyTokens.Except(table.Keys)))
        {
            var value = entry.Property(property).OriginalValue;
            sql.Append(first ? " WHERE " : " AND ").Append(table.Columns[property]);
            if (value is null)
            {
                sql.Append(" IS NULL");
            }
            else
            {
                parameters.Add(builder.Parameter(property, value));
                sql.Append(" = $").Append(parameters.Count);
            }

            first = false;
        }
    }
}
