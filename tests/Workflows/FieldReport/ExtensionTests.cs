using LaiChau.Workflows.Feel;
using static LaiChau.Workflows.Tests.FieldReport.FieldReportDefinition;

namespace LaiChau.Workflows.Tests.FieldReport;

/// <summary>
/// R7.3, special cases (issue 17 point 4): the lead agency's leader asks for a new deadline; the monitoring centre
/// approves, refuses or records a direction of the provincial leadership. The deadline and its timers follow.
/// </summary>
public abstract class ExtensionTests<TStore> : FieldReportTests<TStore>
    where TStore : IFieldReportStore, new()
{
    private const string Reason = "Cần thuê máy chuyên dụng để xử lý sạt lở";

    [Fact]
    public async Task R7_3_ExtensionApprovedMovesDeadline()
    {
        var run = await AcceptedAsync();
        await run.AdvanceToAsync(Vn(3, 6, 10));

        var published = await run.PublishAsync("report-extension-request", Var("requestedDate", "2026-03-13"), Var("reason", Reason));

        Assert.Equal([run.InstanceId], published.Instances);
        var decide = await run.OpenTaskAsync("decide-extension");
        Assert.Equal(["agency:SOC-IOC"], decide.CandidateGroups);
        Assert.Equal((Vn(3, 9, 17), "decide-extension"), (decide.DueAt, decide.FormKey));
        Assert.Equal("direct", (await run.OpenTaskAsync("direct")).ElementId); // the handling goes on meanwhile
        await run.CompleteAsync("decide-extension", Var("decision", "approve"), Var("newDate", "2026-03-13"), Var("comment", "Đồng ý"));

        Assert.Equal(["report-state:extension", "notice:extension"], run.CallKeys.TakeLast(2));
        Assert.Equal((Vn(3, 13, 17), "approve"), (Instant(run.Calls[^2].Variables["resolutionDue"]), run.Calls[^2].Text("extensionDecision")));
        Assert.Equal(Reason, run.Calls[^1].Text("reason"));
        await run.AdvanceToAsync(Vn(3, 10, 17));
        Assert.DoesNotContain("alert:overdue", run.CallKeys); // the old deadline's timer is gone
        await run.CompleteAsync("direct", Var("instructions", "Thuê máy"));
        Assert.Equal(Vn(3, 13, 17), (await run.OpenTaskAsync("record-result")).DueAt);
        await run.AdvanceToAsync(Vn(3, 13, 17));
        Assert.Equal("alert:overdue", run.Calls[^1].Key);
    }

    [Fact]
    public async Task R7_3_ExtensionRefusedKeepsDeadlineAndAnotherMayBeAsked()
    {
        var run = await AcceptedAsync();
        await run.PublishAsync("report-extension-request", Var("requestedDate", "2026-03-20"), Var("reason", Reason));

        await run.CompleteAsync("decide-extension", Var("decision", "refuse"), Var("comment", "Chưa đủ căn cứ"));

        Assert.Equal(("report-state:extension", "refuse", "Chưa đủ căn cứ"), (run.Calls[^1].Key, run.Calls[^1].Text("extensionDecision"), run.Calls[^1].Text("extensionComment")));
        Assert.DoesNotContain("notice:extension", run.CallKeys);
        await run.AdvanceToAsync(Vn(3, 9, 17));
        Assert.Equal("alert:overdue", run.Calls[^1].Key);
        await run.PublishAsync("report-extension-request", Var("requestedDate", "2026-03-13"), Var("reason", Reason));
        Assert.Equal("decide-extension", (await run.OpenTaskAsync("decide-extension")).ElementId);
    }

    [Fact]
    public async Task R7_3_DirectionOfProvincialLeadershipIsRecordedAfterOverdue()
    {
        var run = await AcceptedAsync();
        await run.AdvanceToAsync(Vn(3, 9, 17));
        Assert.Equal("alert:overdue", run.Calls[^1].Key);
        await run.PublishAsync("report-extension-request", Var("requestedDate", "2026-03-16"), Var("reason", Reason));

        await run.CompleteAsync("decide-extension", Var("decision", "direction"), Var("newDate", "2026-03-18"),
            Var("documentNumber", "123/UBND-VP"), Var("documentDate", "2026-03-10"), Var("comment", "Theo chỉ đạo của Chủ tịch UBND tỉnh"));

        var state = run.Calls[^2];
        Assert.Equal(("report-state:extension", "123/UBND-VP ngày 2026-03-10"), (state.Key, state.Text("extensionDocument")));
        Assert.Equal(Vn(3, 18, 17), Instant(state.Variables["resolutionDue"]));
        await run.AdvanceToAsync(Vn(3, 18, 17));
        Assert.Equal(2, run.Calls.Count(c => c.Key == "alert:overdue"));
    }

    [Fact]
    public async Task R7_3_NoExtensionIsAwaitedOnceTheReportIsResolved()
    {
        var run = await FeedbackTests<TStore>.ResolvedAsync(await ReceiveAsync(Vn(3, 2, 9)));

        var late = await run.PublishAsync("report-extension-request", Var("requestedDate", "2026-03-20"), Var("reason", Reason));

        Assert.Empty(late.Instances);
        Assert.Contains("wait-feedback", (await run.InstanceAsync()).ActiveElementIds);
    }

    private async Task<FieldReportRun> AcceptedAsync()
    {
        var run = await ReceiveAsync(Vn(3, 2, 9));
        await run.CompleteAsync("verify", Var("outcome", "accept"));
        return run;
    }

}

public sealed class ExtensionOnSqlite : ExtensionTests<SqliteStore>;

public sealed class ExtensionOnPostgres : ExtensionTests<PostgresStore>;
