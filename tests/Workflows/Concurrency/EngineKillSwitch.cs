using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace LaiChau.Workflows.Tests.Concurrency;

/// <summary>
/// Kills engine B the way a crashed host dies: once armed, B's n-th command from then on first has every server
/// connection of B terminated (that command and B's others in flight fail, whatever they had done before is kept or
/// lost with its transaction), and from then on nothing of B reaches the database.
/// </summary>
internal sealed class EngineKillSwitch : DbCommandInterceptor
{
    private Func<Task>? _kill;
    private int _commandsLeft;

    public bool Dead { get; private set; }

    public void Arm(Func<Task> terminateConnections, int afterCommands)
    {
        _commandsLeft = afterCommands;
        _kill = terminateConnections;
    }

    /// <summary>When the armed burst sent nothing through B (never expected), the kill happens after it.</summary>
    public Task KillIfStillArmedAsync()
    {
        _commandsLeft = 0;
        return BeforeCommandAsync(throwWhenDead: false).AsTask();
    }

    public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        await BeforeCommandAsync();
        return result;
    }

    public override async ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        await BeforeCommandAsync();
        return result;
    }

    public override async ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        await BeforeCommandAsync();
        return result;
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        BeforeCommandAsync().AsTask().GetAwaiter().GetResult();
        return result;
    }

    private async ValueTask BeforeCommandAsync(bool throwWhenDead = true)
    {
        if (_kill is not null && Interlocked.Decrement(ref _commandsLeft) <= 0 && Interlocked.Exchange(ref _kill, null) is { } kill)
        {
            Dead = true;
            await kill(); // this command then meets a terminated connection
        }
        else if (Dead && throwWhenDead)
        {
            throw new InvalidOperationException("Engine B was killed.");
        }
    }
}
