using System.Data.Common;
using LaiChau.Host.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LaiChau.Host.Demo;

/// <summary>
/// Decides before anything is written (it is the first hosted service): a database without reports is seeded — the
/// clock is set back <see cref="DemoHistory.Span"/>, and once the app has started the people are made and the reports
/// replayed through the real intake and process up to now; a database with demo reports is left as it is (idempotent);
/// one with any other report is never touched (a line says so, and the app starts as usual).
/// </summary>
public sealed partial class DemoSeeding(
    IServiceScopeFactory scopes, DemoClock clock, IHostApplicationLifetime lifetime, IOptions<DemoOptions> options, ILogger<DemoSeeding> logger)
    : IHostedService
{
    private readonly TaskCompletionSource<int> _done = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The number of reports seeded (0 when nothing was), once the seeding has finished.</summary>
    public Task<int> Completion => _done.Task;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.Enabled)
        {
            _done.SetResult(0);
            return;
        }

        var (demo, other) = await CountReportsAsync(cancellationToken);
        if (other > 0)
        {
            Console.WriteLine($"Demo: not seeded — the database holds {other} reports not made by the demo; it is never touched. Starting as usual.");
            _done.SetResult(0);
            return;
        }

        if (demo > 0)
        {
            Console.WriteLine($"Demo: already seeded ({demo} reports); nothing added. Sign-in names and passwords were printed on the first run.");
            _done.SetResult(0);
            return;
        }

        clock.Rewind(DemoHistory.Span);
        lifetime.ApplicationStarted.Register(() => _ = Task.Run(() => SeedAsync(lifetime.ApplicationStopping)));
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task SeedAsync(CancellationToken ct)
    {
        try
        {
            Console.WriteLine("Demo: seeding agencies, staff accounts and reports of the last months …");
            var people = await new DemoPeople(scopes, clock).MakeAsync(ct);
            var count = await new DemoHistory(scopes, clock, people).ReplayAsync(ct);
            people.Print(Console.Out);
            Console.WriteLine($"Demo: ready — {count} reports. Staff sign in at /dang-nhap; the API reference is at /api/docs.");
            LogSeeded(logger, count);
            _done.SetResult(count);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogFailed(logger, e);
            Console.WriteLine($"Demo: seeding failed ({e.Message}); delete the data folder and start again.");
            _done.SetException(e);
        }
        finally
        {
            clock.CatchUp();
        }
    }

    private async Task<(int Demo, int Other)> CountReportsAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        if (!(await db.Database.GetAppliedMigrationsAsync(ct)).Any())
        {
            return (0, 0); // a new database: its tables are made by the database start-up that runs next
        }

        try
        {
            var channels = await db.Reports.AsNoTracking().GroupBy(r => r.Channel).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
            return (channels.Where(c => c.Key == DemoHistory.Channel).Sum(c => c.Count), channels.Where(c => c.Key != DemoHistory.Channel).Sum(c => c.Count));
        }
        catch (DbException)
        {
            return (0, 0); // a new database: its tables are made by the database start-up that runs next
        }
    }

    [LoggerMessage(EventId = 1900, Level = LogLevel.Information, Message = "Demo data seeded: {Reports} reports")]
    private static partial void LogSeeded(ILogger logger, int reports);

    [LoggerMessage(EventId = 1901, Level = LogLevel.Error, Message = "Demo seeding failed")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
