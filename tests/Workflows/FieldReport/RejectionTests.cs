using static LaiChau.Workflows.Tests.FieldReport.FieldReportDefinition;

namespace LaiChau.Workflows.Tests.FieldReport;

/// <summary>R7.2: within 1 working day of receipt the agency rejects, with reason and guidance, or is alerted.</summary>
public abstract class RejectionTests<TStore> : FieldReportTests<TStore>
    where TStore : IFieldReportStore, new()
{
    [Fact]
    public async Task R7_2_Reject_within_one_working_day_sends_rejection_notice_and_ends()
    {
        var run = await ReceiveAsync(Vn(3, 2, 9));
        var verify = await run.OpenTaskAsync("verify");
        Assert.Equal(("Xác minh phản ánh", Vn(3, 3, 17)), (verify.Name, verify.DueAt));
        Assert.Equal(["agency:" + Agency], verify.CandidateGroups);

        await run.AdvanceToAsync(Vn(3, 2, 10));
        await run.CompleteAsync("verify", Var("outcome", "reject"), Var("reason", "Nội dung không rõ"), Var("guidance", "Gửi kèm ảnh và địa chỉ"));

        Assert.Equal(["notice:receipt", "report-state:rejected", "notice:rejection"], run.CallKeys);
        var notice = run.Calls[^1];
        Assert.Equal(("Nội dung không rõ", "Gửi kèm ảnh và địa chỉ"), (notice.Text("reason"), notice.Text("guidance")));
        var instance = await run.InstanceAsync();
        Assert.Equal("completed", instance.State);
        Assert.Empty(await run.OpenTasksAsync());

        await run.AdvanceToAsync(Vn(3, 20, 9)); // no clock of the handling is left
        Assert.Equal(3, run.Calls.Count);
    }

    [Fact]
    public async Task R7_2_Verify_not_done_after_one_working_day_raises_verify_late_alert()
    {
        var run = await ReceiveAsync(Vn(3, 2, 9));

        await run.AdvanceToAsync(Vn(3, 3, 16, 59));
        Assert.Equal(["notice:receipt"], run.CallKeys);
        await run.AdvanceToAsync(Vn(3, 3, 17));

        Assert.Equal(["notice:receipt", "alert:verify-late"], run.CallKeys);
        Assert.Equal((Vn(3, 3, 17), Agency), (run.Calls[1].At, run.Calls[1].Text("leadAgency")));
        Assert.Equal("verify", (await run.OpenTaskAsync("verify")).ElementId); // the timer does not interrupt
    }

    [Fact]
    public async Task R7_2_Receipt_on_friday_before_the_close_is_due_monday()
    {
        var run = await ReceiveAsync(Vn(3, 6, 16, 59));

        Assert.Equal(Vn(3, 9, 17), (await run.OpenTaskAsync("verify")).DueAt);
        await run.AdvanceToAsync(Vn(3, 9, 17));
        Assert.Equal(["notice:receipt", "alert:verify-late"], run.CallKeys);
    }

    [Fact]
    public async Task R7_2_Receipt_on_friday_after_the_close_is_due_tuesday()
    {
        var run = await ReceiveAsync(Vn(3, 6, 17, 1));

        Assert.Equal(Vn(3, 10, 17), (await run.OpenTaskAsync("verify")).DueAt);
        await run.AdvanceToAsync(Vn(3, 9, 17));
        Assert.Equal(["notice:receipt"], run.CallKeys);
        await run.AdvanceToAsync(Vn(3, 10, 17));
        Assert.Equal(["notice:receipt", "alert:verify-late"], run.CallKeys);
    }
}

public sealed class RejectionOnSqlite : RejectionTests<SqliteStore>;

public sealed class RejectionOnPostgres : RejectionTests<PostgresStore>;
