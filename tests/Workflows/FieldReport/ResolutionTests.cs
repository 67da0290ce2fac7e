using LaiChau.Testing;
using LaiChau.Workflows.Engine;
using LaiChau.Workflows.Feel;
using static LaiChau.Workflows.Tests.FieldReport.FieldReportDefinition;

namespace LaiChau.Workflows.Tests.FieldReport;

/// <summary>R7.1: verify, the leader directs, the officer records the result, the leader approves, the reporter gets it.</summary>
public abstract class ResolutionTests<TStore> : FieldReportTests<TStore>
    where TStore : IFieldReportStore, new()
{
    [Fact]
    public async Task R7_1_Normal_report_resolved_on_day_four()
    {
        var run = await ReceiveAsync(Vn(3, 2, 9));
        await run.AdvanceToAsync(Vn(3, 2, 14));
        var verify = await run.CompleteAsync("verify", Var("outcome", "accept"));
        await run.AdvanceToAsync(Vn(3, 3, 8));
        var direct = await run.CompleteAsync("direct", Var("instructions", "Giao đội duy tu vá mặt đường"));
        await run.AdvanceToAsync(Vn(3, 5, 10));
        var record = await run.CompleteAsync("record-result", Var("result", "Đã vá 3 m² mặt đường"), Var("attachments", "m-1", "m-2"));
        await run.AdvanceToAsync(Vn(3, 5, 15));
        var approve = await run.CompleteAsync("approve-result", Var("decision", "approve"), Var("comment", "Đạt"));

        Assert.Equal(["agency:" + Agency], verify.CandidateGroups);
        Assert.Equal(["leaders:" + Agency], direct.CandidateGroups);
        Assert.Equal(["agency:" + Agency], record.CandidateGroups);
        Assert.Equal(["leaders:" + Agency], approve.CandidateGroups);
        Assert.Equal(
            [("Lãnh đạo chỉ đạo xử lý", Vn(3, 9, 17)), ("Cập nhật kết quả", Vn(3, 9, 17)), ("Phê duyệt kết quả", Vn(3, 9, 17))],
            [(direct.Name!, direct.DueAt!.Value), (record.Name!, record.DueAt!.Value), (approve.Name!, approve.DueAt!.Value)]);
        Assert.Equal(
            ["notice:receipt", "report-state:in-progress", "report-state:resolved", "notice:result", "notice:rate-request"],
            run.CallKeys);
        var result = run.Calls[3];
        Assert.Equal((Vn(3, 5, 15), "Đã vá 3 m² mặt đường"), (result.At, result.Text("result")));
        Assert.Equal(FeelValue.List([FeelValue.String("m-1"), FeelValue.String("m-2")]), result.Variables["attachments"]);
        var instance = await run.InstanceAsync();
        Assert.Equal("active", instance.State);
        Assert.Contains("wait-feedback", instance.ActiveElementIds);
    }

    [Fact]
    public async Task R7_1_Approval_refused_returns_to_record_result()
    {
        var run = await ReceiveAsync(Vn(3, 2, 9));
        await run.CompleteAsync("verify", Var("outcome", "accept"));
        await run.CompleteAsync("direct", Var("instructions", "Vá"));
        var first = await run.CompleteAsync("record-result", Var("result", "Đã vá"));
        await run.CompleteAsync("approve-result", Var("decision", "return"), Var("returnReason", "Thiếu ảnh"));

        var again = await run.OpenTaskAsync("record-result");
        Assert.NotEqual(first.Id, again.Id);
        Assert.Equal(["agency:" + Agency], again.CandidateGroups);
        Assert.Equal(Vn(3, 9, 17), again.DueAt);
        Assert.Equal(["notice:receipt", "report-state:in-progress"], run.CallKeys);

        await run.CompleteAsync("record-result", Var("result", "Đã vá, kèm ảnh"), Var("attachments", new[] { "m-9" }));
        await run.CompleteAsync("approve-result", Var("decision", "approve"));

        Assert.Equal("notice:result", run.Calls[^2].Key);
        Assert.Equal("Đã vá, kèm ảnh", run.Calls[^2].Text("result"));
    }

    [Fact]
    public async Task Candidate_groups_are_exactly_agency_and_leaders_of_the_lead_agency()
    {
        var run = await ReceiveAsync(Vn(3, 2, 9));
        var verify = await run.OpenTaskAsync("verify");
        var leader = new TaskActor("leader", ["leaders:" + Agency], IsAdministrator: false);
        var otherAgency = new TaskActor("other", ["agency:UBND-KHAC"], IsAdministrator: false);

        // Not a candidate: the task is invisible (404), so it cannot be completed either.

        await Assert.ThrowsAsync<WorkflowNotFoundException>(() => run.Engine.CompleteTaskAsync(verify.Id, leader, Vars(("outcome", "accept"))));
        await Assert.ThrowsAsync<WorkflowNotFoundException>(() => run.Engine.CompleteTaskAsync(verify.Id, otherAgency, Vars(("outcome", "accept"))));
        Assert.Empty((await run.Engine.Queries().FindTasksAsync(new TaskQuery(CandidateGroup: Agency), TaskActor.Administrator("a"))).Items);

        await run.CompleteAsync("verify", Var("outcome", "accept"));
        var direct = await run.OpenTaskAsync("direct");
        var officer = new TaskActor("officer", ["agency:" + Agency], IsAdministrator: false);
        await Assert.ThrowsAsync<WorkflowNotFoundException>(() => run.Engine.CompleteTaskAsync(direct.Id, officer, Vars(("instructions", "x"))));
        await run.Engine.CompleteTaskAsync(direct.Id, leader, Vars(("instructions", "Xử lý ngay")));
        Assert.Equal(["agency:" + Agency], (await run.OpenTaskAsync("record-result")).CandidateGroups);
    }

    private static Dictionary<string, FeelValue> Vars(params (string Name, string Value)[] values) =>
        values.ToDictionary(v => v.Name, v => FeelValue.String(v.Value));
}

public sealed class ResolutionOnSqlite : ResolutionTests<SqliteStore>;

public sealed class ResolutionOnPostgres : ResolutionTests<PostgresStore>;
