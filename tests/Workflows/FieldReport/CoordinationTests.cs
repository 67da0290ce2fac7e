using LaiChau.Workflows.Feel;
using static LaiChau.Workflows.Tests.FieldReport.FieldReportDefinition;

namespace LaiChau.Workflows.Tests.FieldReport;

/// <summary>R7.4: each coordinating agency answers within 2 working days, or states the status and fixes a date.</summary>
public abstract class CoordinationTests<TStore> : FieldReportTests<TStore>
    where TStore : IFieldReportStore, new()
{
    private const string Late = "SO-TNMT";
    private const string Delayed = "SO-XD";

    [Fact]
    public async Task R7_4_Coordination_one_agency_late_and_one_delayed()
    {
        var run = await ReceiveAsync(Vn(3, 2, 9));
        await run.AdvanceToAsync(Vn(3, 2, 10));
        await run.CompleteAsync("verify", Var("outcome", "coordinate"), Var("coordinatingAgencies", Late, Delayed));

        Assert.Equal(["notice:receipt", "report-state:coordinating"], run.CallKeys);
        var asked = (await run.OpenTasksAsync()).OrderBy(t => t.CandidateGroups[0], StringComparer.Ordinal).ToList();
        Assert.Equal(["agency:" + Late, "agency:" + Delayed], asked.Select(t => t.CandidateGroups.Single()));
        Assert.All(asked, t => Assert.Equal(("coordinate", Vn(3, 4, 17)), (t.ElementId, t.DueAt)));

        await run.AdvanceToAsync(Vn(3, 3, 11));
        await CompleteCoordinationAsync(run, Delayed, Var("status", "delayed"), Var("opinion", "Đang khảo sát, hẹn ngày trả lời"), Var("expectedDate", "2026-03-10"));
        Assert.Equal("alert:coordination-delayed", run.Calls[^1].Key);
        Assert.Equal((Delayed, Agency), (run.Calls[^1].Text("coordinatingAgency"), run.Calls[^1].Text("leadAgency")));
        var again = Assert.Single(await run.OpenTasksAsync(), t => t.CandidateGroups[0] == "agency:" + Delayed);
        Assert.Equal(Vn(3, 10, 17), again.DueAt);

        await run.AdvanceToAsync(Vn(3, 4, 17));
        Assert.Equal("alert:coordination-late", run.Calls[^1].Key);
        Assert.Equal(Late, run.Calls[^1].Text("coordinatingAgency"));
        Assert.Single(run.Calls, c => c.Key == "alert:coordination-late");

        await run.AdvanceToAsync(Vn(3, 5, 9));
        await CompleteCoordinationAsync(run, Late, Var("opinion", "Đồng ý"));
        Assert.DoesNotContain(await run.OpenTasksAsync(), t => t.ElementId == "direct");
        await run.AdvanceToAsync(Vn(3, 6, 9));
        await CompleteCoordinationAsync(run, Delayed, Var("opinion", "Cần cấp phép đào đường"));

        Assert.Equal(["notice:receipt", "report-state:coordinating", "alert:coordination-delayed", "alert:coordination-late", "report-state:in-progress"], run.CallKeys);
        var direct = await run.OpenTaskAsync("direct");
        Assert.Equal(["leaders:" + Agency], direct.CandidateGroups);
        Assert.Equal(Vn(3, 9, 17), direct.DueAt);
        var opinions = (await run.InstanceAsync()).Variables["opinions"];
        Assert.Equal(
            """[{agency:"SO-TNMT", opinion:"Đồng ý", expectedDate:null}, {agency:"SO-XD", opinion:"Cần cấp phép đào đường", expectedDate:"2026-03-10T17:00:00+07:00"}]""",
            opinions.ToString());
    }

    private static async Task CompleteCoordinationAsync(FieldReportRun run, string agency, params (string, FeelValue)[] variables)
    {
        var task = Assert.Single(await run.OpenTasksAsync(), t => t.CandidateGroups[0] == "agency:" + agency);
        var member = new Engine.TaskActor("officer-" + agency, ["agency:" + agency], IsAdministrator: false);
        await run.Engine.CompleteTaskAsync(task.Id, member, variables.ToDictionary(v => v.Item1, v => v.Item2));
        await run.RunHostJobsAsync();
    }
}

public sealed class CoordinationOnSqlite : CoordinationTests<SqliteStore>;

public sealed class CoordinationOnPostgres : CoordinationTests<PostgresStore>;
