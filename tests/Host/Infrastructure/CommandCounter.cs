using System.Data.Common;
using LaiChau.Host.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace LaiChau.Host.Tests.Infrastructure;

/// <summary>Counts the SQL commands a host sends that carry a tag (EF Core's <c>TagWith</c>), on either provider.</summary>
public sealed class CommandCounter(string tag) : DbCommandInterceptor
{
    private int _count;

    public int Count => Volatile.Read(ref _count);

    /// <summary>Adds the counter to both providers' contexts of the host.</summary>
    public void Install(IServiceCollection services)
    {
        services.ConfigureDbContext<SqliteAppDbContext>(o => o.AddInterceptors(this));
        services.ConfigureDbContext<PostgresAppDbContext>(o => o.AddInterceptors(this));
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Seen(command);
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Seen(command);
        return base.ReaderExecuting(command, eventData, result);
    }

    private void Seen(DbCommand command)
    {
        if (command.CommandText.Contains(tag, StringComparison.Ordinal))
        {
            Interlocked.Increment(ref _count);
        }
    }
}
