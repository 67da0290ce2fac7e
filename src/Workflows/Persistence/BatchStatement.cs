using System.Data.Common;

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
