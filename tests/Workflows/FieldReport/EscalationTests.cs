using LaiChau.Workflows.Feel;
using static LaiChau.Workflows.Tests.FieldReport.FieldReportDefinition;

namespace LaiChau.Workflows.Tests.FieldReport;

/// <summary>R7.6: the reporter does not accept the answer; the provincial People's Committee assigns the handling agency.</summary>
public abstract class EscalationTests<TStore> : FieldReportTests<TStore>
    where TStore : IFieldReportStore, new()
{
    private const string Assigned = "SO-XD";

    [Fact]
    public async Task R7_6_Resubmission_escalates_to_provincial_committee()
    {
        var run = await FeedbackTests<TStore>.ResolvedAsync(await ReceiveAsync(Vn(3, 2, 9)));
        await run.PublishAsync("report-feedback", Var("kind", "reply"), Var("text", "Chưa rõ"));
        await run.AdvanceToAsync(Vn(3, 6, 9));

        await run.PublishAsync("report-resubmitted", Var("text", "Tôi không đồng ý với kết quả"));

        Assert.Equal(["alert:escalated", "report-state:escalated"], run.CallKeys.TakeLast(2));
        var tasks = await run.OpenTasksAsync();
        var assign = Assert.Single(tasks); // the open clarify task ended with the feedback phase
        Assert.Equal(("assign-agency", "Phân công cơ quan xử lý"), (assign.ElementId, assign.Name));
        Assert.Equal(["agency:UBND-TINH"], assign.CandidateGroups);

        await run.AdvanceToAsync(Vn(3, 6, 10));
        await run.CompleteAsync("assign-agency", Var("agency", Assigned));

        var verify = await run.OpenTaskAsync("verify");
        Assert.Equal(["agency:" + Assigned], verify.CandidateGroups);
        Assert.Equal(Vn(3, 9, 17), verify.DueAt); // a new 1-day clock from the assignment
        var instance = await run.InstanceAsync();
        Assert.Equal(FeelValue.String(Assigned), instance.Variables["leadAgency"]);
        Assert.Equal("report-state:escalated", run.Calls[^1].Key);

        await run.CompleteAsync("verify", Var("outcome", "accept"));
        var direct = await run.OpenTaskAsync("direct");
        Assert.Equal(["leaders:" + Assigned], direct.CandidateGroups);
        Assert.Equal(Vn(3, 13, 17), direct.DueAt); // 5 working days from the assignment
    }

    [Fact]
    public async Task R7_6_Escalated_urgent_report_is_verified_by_the_assigned_agency()
    {
        var run = await FeedbackTests<TStore>.ResolvedAsync(await ReceiveAsync(Vn(3, 2, 9), urgent: true));
        await run.PublishAsync("report-resubmitted", Var("text", "Chưa xử lý triệt để"));

        await run.CompleteAsync("assign-agency", Var("agency", Assigned));

        Assert.Single(run.Calls, c => c.Key == "alert:urgent");
        var verify = await run.OpenTaskAsync("verify");
        Assert.Equal(["agency:" + Assigned], verify.CandidateGroups);
        Assert.Equal(Vn(3, 6, 17), verify.DueAt);
    }
}

public sealed class EscalationOnSqlite : EscalationTests<SqliteStore>;

public sealed class EscalationOnPostgres : EscalationTests<PostgresStore>;
