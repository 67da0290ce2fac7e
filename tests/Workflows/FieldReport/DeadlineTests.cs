using static LaiChau.Workflows.Tests.FieldReport.FieldReportDefinition;

namespace LaiChau.Workflows.Tests.FieldReport;

/// <summary>R7.3: at most 5 working days from receipt (overdue alert); after 6 the reporter is told it is still being handled.</summary>
public abstract class DeadlineTests<TStore> : FieldReportTests<TStore>
    where TStore : IFieldReportStore, new()
{
    [Fact]
    public async Task R7_3_Overdue_alert_after_five_working_days()
    {
        var run = await ReceiveAsync(Vn(3, 2, 9));
        await run.CompleteAsync("verify", Var("outcome", "accept"));
        Assert.Equal(Vn(3, 9, 17), (await run.OpenTaskAsync("direct")).DueAt);

        await run.AdvanceToAsync(Vn(3, 9, 16, 59));
        Assert.Equal(["notice:receipt", "report-state:in-progress"], run.CallKeys);
        await run.AdvanceToAsync(Vn(3, 9, 17));

        Assert.Equal(["notice:receipt", "report-state:in-progress", "alert:overdue"], run.CallKeys);
        Assert.Equal(Agency, run.Calls[^1].Text("leadAgency"));
        Assert.Equal("direct", (await run.OpenTaskAsync("direct")).ElementId); // the handling goes on
    }

    [Fact]
    public async Task R7_3_Still_handling_notice_after_six_working_days()
    {
        var run = await ReceiveAsync(Vn(3, 2, 9));
        await run.CompleteAsync("verify", Var("outcome", "accept"));
        await run.CompleteAsync("direct", Var("instructions", "Khảo sát hiện trường"));

        await run.AdvanceToAsync(Vn(3, 10, 16, 59));
        Assert.Equal("alert:overdue", run.Calls[^1].Key);
        await run.AdvanceToAsync(Vn(3, 10, 17));

        Assert.Equal(["notice:receipt", "report-state:in-progress", "alert:overdue", "notice:still-handling"], run.CallKeys);
        Assert.Equal(Vn(3, 10, 17), run.Calls[^1].At);
        Assert.Equal("record-result", (await run.OpenTaskAsync("record-result")).ElementId);
    }

    [Fact]
    public async Task R7_3_Deadlines_skip_the_Tet_holiday()
    {
        var run = await ReceiveAsync(Vn(2, 13, 9)); // Friday before Tết 2026 (16–20 February off)
        Assert.Equal(Vn(2, 23, 17), (await run.OpenTaskAsync("verify")).DueAt);
        await run.CompleteAsync("verify", Var("outcome", "accept"));

        Assert.Equal(Vn(2, 27, 17), (await run.OpenTaskAsync("direct")).DueAt);
        await run.AdvanceToAsync(Vn(2, 27, 17));
        Assert.Equal("alert:overdue", run.Calls[^1].Key);
        await run.AdvanceToAsync(Vn(3, 2, 17));
        Assert.Equal("notice:still-handling", run.Calls[^1].Key);
    }

    [Fact]
    public async Task R7_3_Resolved_report_gets_no_deadline_calls()
    {
        var run = await ReceiveAsync(Vn(3, 2, 9));
        await run.CompleteAsync("verify", Var("outcome", "accept"));
        await run.CompleteAsync("direct", Var("instructions", "Vá"));
        await run.CompleteAsync("record-result", Var("result", "Đã vá"));
        await run.CompleteAsync("approve-result", Var("decision", "approve"));

        await run.AdvanceToAsync(Vn(3, 20, 9));

        Assert.DoesNotContain(run.CallKeys, k => k is "alert:overdue" or "notice:still-handling" or "alert:verify-late");
    }
}

public sealed class DeadlineOnSqlite : DeadlineTests<SqliteStore>;

public sealed class DeadlineOnPostgres : DeadlineTests<PostgresStore>;
