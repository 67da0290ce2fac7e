using LaiChau.Testing;
using LaiChau.Workflows.Bpmn;
using LaiChau.Workflows.Engine;
using LaiChau.Workflows.Runtime;
using static LaiChau.Workflows.Tests.FieldReport.FieldReportDefinition;

namespace LaiChau.Workflows.Tests.FieldReport;

/// <summary>The journal of a long run (transfer, coordination, feedback, escalation) rebuilds the saved instance exactly.</summary>
public abstract class JournalTests<TStore> : FieldReportTests<TStore>
    where TStore : IFieldReportStore, new()
{
    [Fact]
    public async Task Journal_of_a_run_through_every_path_rebuilds_the_instance()
    {
        var run = await ReceiveAsync(Vn(3, 2, 9));
        await run.CompleteAsync("verify", Var("outcome", "transfer"), Var("targetAgency", "SO-GTVT"), Var("reason", "Quốc lộ"));
        await run.CompleteAsync("verify", Var("outcome", "coordinate"), Var("coordinatingAgencies", new[] { "SO-XD" }));
        await run.CompleteAsync("coordinate", Var("status", "delayed"), Var("opinion", "Đang khảo sát, hẹn ngày trả lời"), Var("expectedDate", "2026-03-05"));
        await run.AdvanceToAsync(Vn(3, 5, 17));
        await run.CompleteAsync("coordinate", Var("opinion", "Đồng ý"));
        await run.CompleteAsync("direct", Var("instructions", "Vá"));
        await run.CompleteAsync("record-result", Var("result", "Đã vá"));
        await run.CompleteAsync("approve-result", Var("decision", "approve"));
        await run.PublishAsync("report-feedback", Var("kind", "reply"), Var("text", "?"));
        await run.PublishAsync("report-resubmitted", Var("text", "Không đồng ý"));
        await run.CompleteAsync("assign-agency", Var("agency", "SO-TNMT"));
        await run.AdvanceToAsync(Vn(3, 20, 9));

        var model = BpmnValidator.Validate(Xml, new FeelExpressionSyntax(Functions)).Definition!.Processes.Single();
        var events = (await run.Engine.Queries().GetJournalAsync(run.InstanceId)).Select(e => JournalCodec.Read(e.Type, e.Data));

        Assert.Equal(await run.StoredSnapshotAsync(), InstanceSnapshot.Write(JournalReplay.Rebuild(model, events)));
        Assert.Contains("alert:coordination-late", run.CallKeys);
        Assert.Equal(["agency:SO-TNMT"], (await run.OpenTaskAsync("verify")).CandidateGroups);
    }
}

public sealed class JournalOnSqlite : JournalTests<SqliteStore>;

public sealed class JournalOnPostgres : JournalTests<PostgresStore>;
