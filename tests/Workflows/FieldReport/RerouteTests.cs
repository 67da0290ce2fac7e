using static LaiChau.Workflows.Tests.FieldReport.FieldReportDefinition;

namespace LaiChau.Workflows.Tests.FieldReport;

/// <summary>
/// R7.5: the monitoring centre adjusts the routing (message <c>report-reroute</c>): the handling stops wherever it is
/// and starts again at the new agency's <c>verify</c>; the reporter is told; the new agency's R7.3 deadline counts from its
/// receipt, as after a transfer (Art. 7.3), and <c>reroutedAt</c> records the day.
/// </summary>
public abstract class RerouteTests<TStore> : FieldReportTests<TStore>
    where TStore : IFieldReportStore, new()
{
    private const string Target = "SO-GTVT";
    private const string Reroute = "report-reroute";

    [Fact]
    public async Task R7_5_Centre_reroutes_a_report_waiting_for_verification()
    {
        var run = await ReceiveAsync(Vn(3, 2, 9));
        await run.AdvanceToAsync(Vn(3, 2, 14));

        var published = await run.PublishAsync(Reroute, Var("targetAgency", Target), Var("reason", "Quốc lộ 4D do Sở quản lý"));

        Assert.Equal([run.InstanceId], published.Instances);
        Assert.Equal(["notice:receipt", "alert:transfer", "notice:transfer", "report-state:transferred"], run.CallKeys);
        Assert.All(run.Calls.Skip(1), c => Assert.Equal((Target, Agency, "Quốc lộ 4D do Sở quản lý"),
            (c.Text("leadAgency"), c.Text("previousAgency"), c.Text("reason"))));
        var verify = await run.OpenTaskAsync("verify"); // the first agency's task is gone, one new task at the target
        Assert.Equal(["agency:" + Target], verify.CandidateGroups);
        Assert.Equal(Vn(3, 3, 17), verify.DueAt);
    }

    [Fact]
    public async Task R7_5_Rerouting_after_acceptance_restarts_at_verify_and_the_new_agency_counts_from_its_receipt()
    {
        var run = await ReceiveAsync(Vn(3, 2, 9));
        await run.CompleteAsync("verify", Var("outcome", "accept"));
        await run.CompleteAsync("direct", Var("instructions", "Kiểm tra hiện trường"));
        Assert.Equal("record-result", Assert.Single(await run.OpenTasksAsync()).ElementId);

        await run.AdvanceToAsync(Vn(3, 3, 9));
        await run.PublishAsync(Reroute, Var("targetAgency", Target), Var("reason", "Thuộc Sở quản lý"));

        Assert.Equal("verify", Assert.Single(await run.OpenTasksAsync()).ElementId);
        await run.CompleteAsync("verify", Var("outcome", "accept"));
        var direct = await run.OpenTaskAsync("direct");
        Assert.Equal(["leaders:" + Target], direct.CandidateGroups);
        Assert.Equal(Vn(3, 10, 17), direct.DueAt); // Art. 7.3: 5 working days from the re-routing, not from the first receipt
        Assert.Equal("report-state:in-progress", run.Calls[^1].Key);
        Assert.Equal(Vn(3, 10, 17), DateTimeOffset.Parse(run.Calls[^1].Text("resolutionDue")!, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(Vn(3, 3, 9), Instant((await run.InstanceAsync()).Variables["reroutedAt"]));
        await run.AdvanceToAsync(Vn(3, 9, 17, 30));
        Assert.DoesNotContain("alert:overdue", run.CallKeys); // the first agency's deadline no longer holds
    }

    [Fact]
    public async Task R7_5_Rerouting_ends_every_coordination_task()
    {
        var run = await ReceiveAsync(Vn(3, 2, 9));
        await run.CompleteAsync("verify", Var("outcome", "coordinate"), Var("coordinatingAgencies", "SO-XD", "CA-TINH"));
        Assert.Equal(2, (await run.OpenTasksAsync()).Count);

        await run.PublishAsync(Reroute, Var("targetAgency", Target), Var("reason", "Sai cơ quan chủ trì"));

        var open = Assert.Single(await run.OpenTasksAsync());
        Assert.Equal(("verify", "agency:" + Target), (open.ElementId, open.CandidateGroups[0]));
        await run.AdvanceToAsync(Vn(3, 5, 17)); // the coordination clocks ended with their tasks
        Assert.DoesNotContain(run.Calls, c => c.Key == "alert:coordination-late");
    }

    [Fact]
    public async Task R7_5_An_urgent_report_goes_straight_to_the_new_agency_leader()
    {
        var run = await ReceiveAsync(Vn(3, 2, 9), urgent: true);
        Assert.Equal("direct", (await run.OpenTaskAsync("direct")).ElementId);
        await run.AdvanceToAsync(Vn(3, 2, 10));

        await run.PublishAsync(Reroute, Var("targetAgency", Target), Var("reason", "Cháy rừng thuộc Chi cục Kiểm lâm"));

        var direct = await run.OpenTaskAsync("direct");
        Assert.Equal(["leaders:" + Target], direct.CandidateGroups);
        Assert.Equal(Vn(3, 2, 14), direct.DueAt); // R2.2: the new agency's 4 hours count from its receipt
    }

    [Fact]
    public async Task R7_6_An_assignment_after_a_rerouting_starts_a_new_deadline()
    {
        var run = await ReceiveAsync(Vn(3, 2, 9));
        await run.PublishAsync(Reroute, Var("targetAgency", Target), Var("reason", "Thuộc Sở quản lý"));
        run = await FeedbackTests<TStore>.ResolvedAsync(run);
        await run.AdvanceToAsync(Vn(3, 6, 9));
        await run.PublishAsync("report-resubmitted", Var("text", "Tôi không đồng ý"));

        await run.CompleteAsync("assign-agency", Var("agency", "SO-XD"));
        await run.CompleteAsync("verify", Var("outcome", "accept"));

        Assert.Equal(Vn(3, 13, 17), (await run.OpenTaskAsync("direct")).DueAt); // 5 working days from the assignment
    }

    [Fact]
    public async Task R7_5_After_the_result_nothing_waits_for_a_rerouting()
    {
        var run = await FeedbackTests<TStore>.ResolvedAsync(await ReceiveAsync(Vn(3, 2, 9)));
        var before = run.Calls.Count;

        var published = await run.PublishAsync(Reroute, Var("targetAgency", Target), Var("reason", "Muộn"));

        Assert.Empty(published.Instances);
        Assert.Equal(before, run.Calls.Count);
        Assert.Contains("wait-feedback", (await run.InstanceAsync()).ActiveElementIds);
    }
}

public sealed class RerouteOnSqlite : RerouteTests<SqliteStore>;

public sealed class RerouteOnPostgres : RerouteTests<PostgresStore>;
