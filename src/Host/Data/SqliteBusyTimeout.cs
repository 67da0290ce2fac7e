using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace LaiChau.Host.Data;

/// <summary>
/// SQLite allows one writer at a time. Without a busy timeout a second writer fails at once with
/// "database is locked" (Microsoft.Data.Sqlite does not retry while reading a RETURNING row), so every connection
/// asks SQLite itself to wait for the lock.
/// </summary>
public sealed class SqliteBusyTimeout : DbConnectionInterceptor
{
    private const string Pragma = "PRAGMA busy_timeout = 30000;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
