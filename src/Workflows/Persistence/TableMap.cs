using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace LaiChau.Workflows.Persistence;

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
