using LaiChau.Workflows.Engine;
using static LaiChau.Workflows.Tests.FieldReport.FieldReportDefinition;

namespace LaiChau.Workflows.Tests.FieldReport;

/// <summary>R2.2 (issue 17 point 8): an urgent report's alert repeats hourly until someone claims the leader's task.</summary>
public abstract class UrgentRepeatTests<TStore> : FieldReportTests<TStore>
    where TStore : IFieldReportStore, new()
{
    [Fact]
    public async Task R2_2_UrgentAlertRepeatsHourlyUntilClaimed()
    {
        var run = await ReceiveAsync(Vn(3, 7, 10), urgent: true); // a Saturday: hours, not working days
        Assert.Single(run.Calls, c => c.Key == "alert:urgent");

        await run.AdvanceToAsync(Vn(3, 7, 10, 59));
        Assert.Single(run.Calls, c => c.Key == "alert:urgent");
        await run.AdvanceToAsync(Vn(3, 7, 11));
        await run.AdvanceToAsync(Vn(3, 7, 12));

        var repeats = run.Calls.Where(c => c.Key == "alert:urgent").Skip(1).ToList();
        Assert.Equal([Vn(3, 7, 11), Vn(3, 7, 12)], repeats.Select(c => c.At));
        Assert.All(repeats, c => Assert.Equal(Agency, c.Text("leadAgency")));

        var direct = await run.OpenTaskAsync("direct");
        await run.Engine.ClaimTaskAsync(direct.Id, new TaskActor("lan.le", [direct.CandidateGroups[0]], IsAdministrator: false));
        await run.PublishAsync("task-claimed"); // what the host does after a claim
        await run.AdvanceToAsync(Vn(3, 7, 15));

        Assert.Equal(3, run.Calls.Count(c => c.Key == "alert:urgent"));
        Assert.Equal("direct", (await run.OpenTaskAsync("direct")).ElementId);
    }

    [Fact]
    public async Task R2_2_RepetitionEndsWithTheHandlingAndNormalReportsHaveNone()
    {
        var urgent = await ReceiveAsync(Vn(3, 7, 10), urgent: true);
        await urgent.CompleteAsync("direct", Var("instructions", "Cử lực lượng"));
        await urgent.CompleteAsync("record-result", Var("result", "Đã xử lý"));
        await urgent.CompleteAsync("approve-result", Var("decision", "approve"));
        await urgent.AdvanceToAsync(Vn(3, 7, 14));
        Assert.Single(urgent.Calls, c => c.Key == "alert:urgent");

        var normal = await ReceiveAsync(Vn(3, 2, 9));
        await normal.AdvanceToAsync(Vn(3, 2, 12));
        Assert.DoesNotContain("alert:urgent", normal.CallKeys);
    }
}

public sealed class UrgentRepeatOnSqlite : UrgentRepeatTests<SqliteStore>;

public sealed class UrgentRepeatOnPostgres : UrgentRepeatTests<PostgresStore>;
