using LaiChau.Testing;
using LaiChau.Workflows.Engine;
using static LaiChau.Workflows.Tests.FieldReport.FieldReportDefinition;

namespace LaiChau.Workflows.Tests.FieldReport;

/// <summary>The journal read as steps named by the definition: what the case timeline shows (issue 8 point 2).</summary>
public abstract class HistoryTests<TStore> : FieldReportTests<TStore>
    where TStore : IFieldReportStore, new()
{
    [Fact]
    public async Task History_names_each_step_and_shows_what_a_rerouting_ended()
    {
        var run = await ReceiveAsync(Vn(3, 2, 9));
        await run.AdvanceToAsync(Vn(3, 3, 17)); // R7.2: one working day without verification
        await run.PublishAsync("report-reroute", Var("targetAgency", "SO-GTVT"), Var("reason", "Quốc lộ"));

        var history = await run.Engine.Queries().GetHistoryAsync(run.InstanceId);

        Assert.Equal(history.OrderBy(s => s.Sequence), history);
        Assert.Contains(history, s => (s.Kind, s.ElementId, s.ElementName, s.NodeKind) == (HistoryStepKind.Activated, "verify-late-timer", "Quá 1 ngày làm việc (R7.2)", HistoryNodeKind.BoundaryEvent));
        Assert.Equal(Vn(3, 3, 17), history.Single(s => s.ElementId == "verify-late-timer" && s.Kind == HistoryStepKind.Activated).At);
        var verify = history.Where(s => s.ElementId == "verify").Select(s => s.Kind).ToList();
        Assert.Equal([HistoryStepKind.Activated, HistoryStepKind.Terminated, HistoryStepKind.Activated], verify);
        Assert.Contains(history, s => (s.Kind, s.ElementId, s.ElementName) == (HistoryStepKind.Activated, "rerouted", "Trung tâm giám sát điều chuyển (R7.5)"));
        var notice = history.Single(s => s.ElementId == "notice-rerouted" && s.Kind == HistoryStepKind.Completed);
        Assert.Equal((HistoryNodeKind.JobTask, "notice", "Thông báo chuyển cơ quan"), (notice.NodeKind, notice.JobType, notice.ElementName));
        Assert.Equal(HistoryNodeKind.UserTask, history.First(s => s.ElementId == "verify").NodeKind);
    }

    [Fact]
    public async Task History_shows_an_incident_at_its_element_with_the_reason()
    {
        var run = await ReceiveAsync(Vn(3, 2, 9));
        await run.CompleteAsync("verify", Var("outcome", "accept"));
        await run.CompleteAsync("direct", Var("instructions", "Vá"));
        await run.CompleteAsync("record-result", Var("result", "Đã vá"));
        await run.CompleteAsync("approve-result", Var("decision", "approve"));

        await run.PublishAsync("report-feedback", Var("kind", "complaint"));

        var incident = Assert.Single(await run.Engine.Queries().GetHistoryAsync(run.InstanceId), s => s.Kind == HistoryStepKind.IncidentRaised);
        Assert.Equal(("feedback-kind", HistoryNodeKind.Gateway), (incident.ElementId, incident.NodeKind));
        Assert.False(string.IsNullOrWhiteSpace(incident.Detail));
    }
}

public sealed class HistoryOnSqlite : HistoryTests<SqliteStore>;

public sealed class HistoryOnPostgres : HistoryTests<PostgresStore>;
