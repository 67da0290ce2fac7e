using System.Collections.Concurrent;
using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace LaiChau.Workflows.Persistence;

/// <summary>
/// One statement of a batched write (ADR 27): SQL with positional parameters (<c>$1</c>, <c>$2</c>…) and their values,
/// already converted as EF would store them. A command's statements go to PostgreSQL in one round trip, in one
/// implicit transaction (see <see cref="BatchWriter"/>).
/// </summary>
public sealed class BatchStatement(string sql, IReadOnlyList<DbParameter> parameters)
{
    public string Sql { get; } = sql;

    public IReadOnlyList<DbParameter> Parameters { get; } = parameters;

    /// <summary>
    /// An UPDATE or DELETE that must change exactly one row, else the whole batch fails (PostgreSQL's "division by
    /// zero", SQLSTATE 22012, which <see cref="BatchWriter"/> reports as a concurrency conflict): the optimistic lock
    /// of a row whose version moved, or a row another command deleted.
    /// </summary>
    public static string ExactlyOneRow(string updateOrDelete) =>
        $"WITH changed AS ({updateOrDelete} RETURNING 1) SELECT 1 / count(*) FROM changed";
}

/// <summary>
/// Builds parameters and statements from the EF model: column names, value converters and type mappings are the
/// model's, so the batch stores exactly what <c>SaveChanges</c> would.
/// </summary>
public sealed class StatementBuilder(DbContext db)
{
    private readonly DbCommand _factory = db.Database.GetDbConnection().CreateCommand();
    private readonly ISqlGenerationHelper _sql = db.GetService<ISqlGenerationHelper>();

    public ISqlGenerationHelper Sql => _sql;

    /// <summary>A positional parameter for <paramref name="property"/>'s column, its value converted by the property's mapping.</summary>
    public DbParameter Parameter(IProperty property, object? value) =>
        property.GetRelationalTypeMapping().CreateParameter(_factory, "", value, property.IsNullable);

    /// <summary>An array parameter (for <c>unnest</c>), its element type inferred by the provider from <typeparamref name="T"/>.</summary>
    public DbParameter Array<T>(T[] values)
    {
        var parameter = _factory.CreateParameter();
        parameter.Value = values;
        return parameter;
    }

    public TableMap Table(IEntityType entityType) => TableMap.Of(entityType, _sql);

    public TableMap Table<TRow>() =>
        Table(db.Model.FindEntityType(typeof(TRow)) ?? throw new InvalidOperationException($"{typeof(TRow).Name} is not in the model."));

    /// <summary><c>UPDATE table SET … WHERE … = …</c> of rows not loaded (any number of them), by property names.</summary>
    public BatchStatement Update<TRow>(IReadOnlyList<(string Property, object? Value)> set, IReadOnlyList<(string Property, object? Value)> where)
    {
        var table = Table<TRow>();
        var parameters = new List<DbParameter>();
        var sql = new StringBuilder("UPDATE ").Append(table.Name).Append(" SET ");
        for (var i = 0; i < set.Count; i++)
        {
            parameters.Add(Parameter(table.Property(set[i].Property), set[i].Value));
            sql.Append(i == 0 ? "" : ", ").Append(table.Column(set[i].Property)).Append(" = $").Append(parameters.Count);
        }

        return new BatchStatement(Where(table, sql, parameters, where), parameters);
    }

    /// <summary><c>DELETE FROM table WHERE … = …</c> of rows not loaded (any number of them), by property names.</summary>
    public BatchStatement Delete<TRow>(IReadOnlyList<(string Property, object? Value)> where)
    {
        var table = Table<TRow>();
        var parameters = new List<DbParameter>();
        return new BatchStatement(Where(table, new StringBuilder("DELETE FROM ").Append(table.Name), parameters, where), parameters);
    }

    private string Where(TableMap table, StringBuilder sql, List<DbParameter> parameters, IReadOnlyList<(string Property, object? Value)> where)
    {
        for (var i = 0; i < where.Count; i++)
        {
            parameters.Add(Parameter(table.Property(where[i].Property), where[i].Value));
            sql.Append(i == 0 ? " WHERE " : " AND ").Append(table.Column(where[i].Property)).Append(" = $").Append(parameters.Count);
        }

        return sql.ToString();
    }
}

/// <summary>An entity type's table as the model maps it (cached per entity type), or <see cref="Supported"/> false.</summary>
public sealed class TableMap
{
    private static readonly ConcurrentDictionary<IEntityType, TableMap> Cache = new();

    private TableMap(IEntityType entityType, ISqlGenerationHelper sql)
    {
        EntityType = entityType;
        var table = entityType.GetTableName();
        // Plain tables only: one entity type per table, no inheritance, owned or complex parts, computed columns.
        Supported = table is not null
            && entityType.BaseType is null && !entityType.GetDirectlyDerivedTypes().Any()
            && !entityType.IsOwned() && !entityType.GetComplexProperties().Any()
            && !entityType.GetNavigations().Any(n => n.TargetEntityType.IsOwned())
            && entityType.GetTableMappings().Count() == 1
            && !entityType.GetProperties().Any(p => p.ValueGenerated.HasFlag(ValueGenerated.OnUpdate) || p.GetComputedColumnSql() is not null);
        if (table is null)
        {
            Name = "";
            Columns = new Dictionary<IProperty, string>();
            return;
        }

        var store = StoreObjectIdentifier.Table(table, entityType.GetSchema());
        Name = sql.DelimitIdentifier(store.Name, store.Schema);
        Columns = entityType.GetProperties()
            .Where(p => p.GetColumnName(store) is not null)
            .ToDictionary(p => p, p => sql.DelimitIdentifier(p.GetColumnName(store)!));
        Keys = entityType.FindPrimaryKey()?.Properties ?? [];
        ConcurrencyTokens = [.. entityType.GetProperties().Where(p => p.IsConcurrencyToken)];
        Depth = DepthOf(entityType, []);
    }

    public IEntityType EntityType { get; }

    public bool Supported { get; }

    /// <summary>The delimited table name.</summary>
    public string Name { get; }

    /// <summary>Every mapped property with its delimited column name.</summary>
    public IReadOnlyDictionary<IProperty, string> Columns { get; }

    public IReadOnlyList<IProperty> Keys { get; } = [];

    public IReadOnlyList<IProperty> ConcurrencyTokens { get; } = [];

    /// <summary>0 for a table that references no other; principals are inserted before dependents, deleted after.</summary>
    public int Depth { get; }

    public static TableMap Of(IEntityType entityType, ISqlGenerationHelper sql) =>
        Cache.GetOrAdd(entityType, static (type, helper) => new TableMap(type, helper), sql);

    public string Column(string property) =>
        Columns.First(c => c.Key.Name == property).Value;

    public IProperty Property(string property) =>
        EntityType.FindProperty(property) ?? throw new InvalidOperationException($"{EntityType.DisplayName()} has no property {property}.");

    private static int DepthOf(IEntityType type, HashSet<IEntityType> seen)
    {
        if (!seen.Add(type))
        {
            return 0;
        }

        var principals = type.GetForeignKeys().Select(f => f.PrincipalEntityType).Where(p => p != type).ToList();
        return principals.Count == 0 ? 0 : 1 + principals.Max(p => DepthOf(p, seen));
    }
}

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
