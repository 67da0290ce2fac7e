using LaiChau.Testing;
using LaiChau.Workflows.Engine.Rows;
using static LaiChau.Workflows.Tests.FieldReport.FieldReportDefinition;

namespace LaiChau.Workflows.Tests.FieldReport;

/// <summary>
/// A decision the definition does not know is refused by the task's form before anything moves; one that arrives by a
/// message stops at its gateway as an incident, never taken as another decision.
/// </summary>
public abstract class IncidentTests<TStore> : FieldReportTests<TStore>
    where TStore : IFieldReportStore, new()
{
    [Fact]
    public async Task Unknown_verify_outcome_is_refused_by_the_form_and_changes_nothing()
    {
        var run = await ReceiveAsync(Vn(3, 2, 9));

        var refused = await Assert.ThrowsAsync<LaiChau.Workflows.Engine.WorkflowFormException>(() => run.CompleteAsync("verify", Var("outcome", "accepted")));

        Assert.Equal("outcome", Assert.Single(refused.Errors).Key);
        Assert.Empty(await run.Engine.Queries().FindIncidentsAsync(IncidentState.Open, run.InstanceId));
        Assert.Equal("verify", Assert.Single(await run.OpenTasksAsync()).ElementId);
        Assert.Equal(["notice:receipt"], run.CallKeys);
    }

    [Fact]
    public async Task Unknown_feedback_kind_raises_an_incident_and_the_window_still_closes()
    {
        var run = await ReceiveAsync(Vn(3, 2, 9));
        await run.CompleteAsync("verify", Var("outcome", "accept"));
        await run.CompleteAsync("direct", Var("instructions", "Vá"));
        await run.CompleteAsync("record-result", Var("result", "Đã vá"));
        await run.CompleteAsync("approve-result", Var("decision", "approve"));

        await run.PublishAsync("report-feedback", Var("kind", "complaint"));

        Assert.Equal("feedback-kind", Assert.Single(await run.Engine.Queries().FindIncidentsAsync(IncidentState.Open, run.InstanceId)).ElementId);
        await run.AdvanceToAsync(Vn(4, 13, 16, 59)); // 30 working days after Monday 2 March: Monday 13 April
        Assert.Equal("notice:rate-request", run.Calls[^1].Key);
        await run.AdvanceToAsync(Vn(4, 13, 17));
        Assert.Equal("report-state:closed", run.Calls[^1].Key);
        Assert.Equal("completed", (await run.InstanceAsync()).State);
    }
}

public sealed class IncidentOnSqlite : IncidentTests<SqliteStore>;

public sealed class IncidentOnPostgres : IncidentTests<PostgresStore>;
