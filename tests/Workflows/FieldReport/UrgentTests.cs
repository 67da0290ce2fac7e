using static LaiChau.Workflows.Tests.FieldReport.FieldReportDefinition;

namespace LaiChau.Workflows.Tests.FieldReport;

/// <summary>R2.2, R7.3: urgent reports skip verification and go to the leader at once, with an hours-level deadline.</summary>
public abstract class UrgentTests<TStore> : FieldReportTests<TStore>
    where TStore : IFieldReportStore, new()
{
    [Fact]
    public async Task R2_2_Urgent_report_goes_straight_to_leader()
    {
        var run = await ReceiveAsync(Vn(3, 7, 10), urgent: true); // a Saturday: hours, not working days

        Assert.Equal(["notice:receipt", "alert:urgent", "report-state:in-progress"], run.CallKeys);
        var direct = Assert.Single(await run.OpenTasksAsync());
        Assert.Equal(("direct", "Lãnh đạo chỉ đạo xử lý", Vn(3, 7, 14)), (direct.ElementId, direct.Name, direct.DueAt));
        Assert.Equal(["leaders:" + Agency], direct.CandidateGroups);
    }

    [Fact]
    public async Task R2_2_Urgent_report_is_overdue_after_four_hours()
    {
        var run = await ReceiveAsync(Vn(3, 7, 10), urgent: true);
        await run.CompleteAsync("direct", Var("instructions", "Cử lực lượng chữa cháy"));
        Assert.Equal(Vn(3, 7, 14), (await run.OpenTaskAsync("record-result")).DueAt);

        await run.AdvanceToAsync(Vn(3, 7, 13, 59));
        Assert.Equal("report-state:in-progress", run.Calls[^1].Key);
        await run.AdvanceToAsync(Vn(3, 7, 14));

        Assert.Equal("alert:overdue", run.Calls[^1].Key);
    }
}

public sealed class UrgentOnSqlite : UrgentTests<SqliteStore>;

public sealed class UrgentOnPostgres : UrgentTests<PostgresStore>;
