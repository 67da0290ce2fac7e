using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace LaiChau.Workflows.Persistence;

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
