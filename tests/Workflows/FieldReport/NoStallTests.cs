using LaiChau.Workflows.Feel;
using static LaiChau.Workflows.Tests.FieldReport.FieldReportDefinition;

namespace LaiChau.Workflows.Tests.FieldReport;

/// <summary>Issue 17 point 5: no report stalls — late coordination, disagreement, repeated transfers, transfers' clocks, unanswered clarifications.</summary>
public abstract class NoStallTests<TStore> : FieldReportTests<TStore>
    where TStore : IFieldReportStore, new()
{
    private const string Coordinator = "SO-TNMT";
    private const string Assigned = "SO-XD";

    [Fact]
    public async Task R7_4_CoordinatorLateIsRemindedThenSkipped()
    {
        var run = await ReceiveAsync(Vn(3, 2, 9));
        await run.CompleteAsync("verify", Var("outcome", "coordinate"), Var("coordinatingAgencies", new[] { Coordinator }));

        await run.AdvanceToAsync(Vn(3, 4, 17)); // 2 working days: reminded (R7.4)
        Assert.Equal(("alert:coordination-late", Coordinator), (run.Calls[^1].Key, run.Calls[^1].Text("coordinatingAgency")));
        await run.AdvanceToAsync(Vn(3, 5, 16, 59));
        Assert.Equal("coordinate", (await run.OpenTaskAsync("coordinate")).ElementId);

        await run.AdvanceToAsync(Vn(3, 5, 17)); // 1 more working day: the lead agency goes on without it

        Assert.Equal(["alert:coordination-late", "alert:coordination-skipped", "report-state:in-progress"], run.CallKeys.TakeLast(3));
        Assert.Equal(Coordinator, run.Calls[^2].Text("coordinatingAgency"));
        var direct = Assert.Single(await run.OpenTasksAsync());
        Assert.Equal(("direct", Vn(3, 9, 17)), (direct.ElementId, direct.DueAt));
        Assert.Equal("""[{agency:"SO-TNMT", opinion:null, expectedDate:null}]""", (await run.InstanceAsync()).Variables["opinions"].ToString());
    }

    [Fact]
    public async Task R7_6_DisagreementGoesToProvincialAssignmentWithItsOwnDueDate()
    {
        var run = await ReceiveAsync(Vn(3, 2, 9));
        await run.CompleteAsync("verify", Var("outcome", "coordinate"), Var("coordinatingAgencies", new[] { Coordinator }));
        await run.AdvanceToAsync(Vn(3, 3, 10));

        var published = await run.PublishAsync("report-disagreement", Var("reason", "Sở TN&MT cho rằng thuộc thẩm quyền xã"));

        Assert.Equal([run.InstanceId], published.Instances);
        Assert.Equal(["alert:escalated", "report-state:escalated"], run.CallKeys.TakeLast(2));
        var assign = Assert.Single(await run.OpenTasksAsync()); // the coordination ended with the handling
        Assert.Equal(("assign-agency", Vn(3, 5, 17)), (assign.ElementId, assign.DueAt));
        await run.AdvanceToAsync(Vn(3, 5, 17));
        Assert.Equal("alert:assign-late", run.Calls[^1].Key);

        await run.CompleteAsync("assign-agency", Var("agency", Assigned));
        Assert.Equal(["agency:" + Assigned], (await run.OpenTaskAsync("verify")).CandidateGroups);
    }

    [Fact]
    public async Task R7_5_SecondTransferGoesToProvincialAssignment()
    {
        var run = await ReceiveAsync(Vn(3, 2, 9));
        await run.CompleteAsync("verify", Var("outcome", "transfer"), Var("targetAgency", "SO-GTVT"), Var("reason", "Quốc lộ"));
        await run.CompleteAsync("verify", Var("outcome", "transfer"), Var("targetAgency", "SO-XD"), Var("reason", "Công trình xây dựng"));

        await run.CompleteAsync("verify", Var("outcome", "transfer"), Var("targetAgency", "SO-TNMT"), Var("reason", "Môi trường"));

        Assert.Equal(2, run.Calls.Count(c => c.Key == "alert:transfer"));
        Assert.Equal(["alert:escalated", "report-state:escalated"], run.CallKeys.TakeLast(2));
        Assert.Equal("assign-agency", Assert.Single(await run.OpenTasksAsync()).ElementId);
        Assert.Equal(FeelValue.String("SO-XD"), (await run.InstanceAsync()).Variables["leadAgency"]); // no third transfer
    }

    [Fact]
    public async Task R7_5_ReceivingAgencyCountsFromItsReceiptAndTheDayIsRecorded()
    {
        var run = await ReceiveAsync(Vn(3, 2, 9));
        await run.AdvanceToAsync(Vn(3, 4, 10));

        await run.CompleteAsync("verify", Var("outcome", "transfer"), Var("targetAgency", "SO-GTVT"), Var("reason", "Quốc lộ"));
        await run.CompleteAsync("verify", Var("outcome", "accept"));

        Assert.Equal(Vn(3, 11, 17), (await run.OpenTaskAsync("direct")).DueAt); // 5 working days from the transfer (Art. 7.3)
        Assert.Equal(Vn(3, 4, 10), Instant((await run.InstanceAsync()).Variables["transferredAt"]));
        Assert.Equal(Vn(3, 11, 17), Instant(run.Calls.Last(c => c.Key == "report-state:in-progress").Variables["resolutionDue"]));
        await run.AdvanceToAsync(Vn(3, 9, 17, 30));
        Assert.DoesNotContain("alert:overdue", run.CallKeys);
        await run.AdvanceToAsync(Vn(3, 11, 17));
        Assert.Equal(("alert:overdue", "SO-GTVT"), (run.Calls[^1].Key, run.Calls[^1].Text("leadAgency")));
    }

    [Fact]
    public async Task R7_5_ReceivingAgencysOwnLimitApplies()
    {
        var run = await ReceiveAsync(Vn(3, 2, 9));
        await run.CompleteAsync("verify", Var("outcome", "transfer"), Var("targetAgency", "UBND-NHANH"), Var("reason", "Địa bàn xã khác"));
        await run.CompleteAsync("verify", Var("outcome", "accept"));

        Assert.Equal(Vn(3, 5, 17), (await run.OpenTaskAsync("direct")).DueAt); // UBND-NHANH: 3 working days
    }

    [Fact]
    public async Task R8_1_ClarificationEscalatedWhenWindowCloses()
    {
        var run = await FeedbackTests<TStore>.ResolvedAsync(await ReceiveAsync(Vn(3, 2, 9))); // the window closes on 16 April 17:00
        await run.AdvanceToAsync(Vn(4, 15, 9));
        await run.PublishAsync("report-feedback", Var("kind", "reply"), Var("text", "Vẫn còn đọng nước"));

        await run.AdvanceToAsync(Vn(4, 16, 17));

        Assert.Equal("alert:clarification-late", run.Calls[^1].Key);
        Assert.DoesNotContain("report-state:closed", run.CallKeys);
        var late = Assert.Single(await run.OpenTasksAsync());
        Assert.Equal(("clarify", Vn(4, 20, 17), "agency:" + Agency), (late.FormKey, late.DueAt, late.CandidateGroups[0]));
        await run.CompleteAsync(late.ElementId, Var("answer", "Đã nạo vét rãnh"));
        Assert.Equal(["notice:clarification", "report-state:closed"], run.CallKeys.TakeLast(2));
        Assert.Equal("completed", (await run.InstanceAsync()).State);
    }

    [Fact]
    public async Task R8_1_AnsweredClarificationClosesAsBefore()
    {
        var run = await FeedbackTests<TStore>.ResolvedAsync(await ReceiveAsync(Vn(3, 2, 9)));
        await run.PublishAsync("report-feedback", Var("kind", "reply"), Var("text", "Vẫn còn đọng nước"));
        await run.CompleteAsync("clarify", Var("answer", "Đã nạo vét rãnh"));

        await run.AdvanceToAsync(Vn(4, 16, 17));

        Assert.Equal("report-state:closed", run.Calls[^1].Key);
        Assert.DoesNotContain("alert:clarification-late", run.CallKeys);
    }
}

public sealed class NoStallOnSqlite : NoStallTests<SqliteStore>;

public sealed class NoStallOnPostgres : NoStallTests<PostgresStore>;
