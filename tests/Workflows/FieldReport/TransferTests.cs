using LaiChau.Workflows.Feel;
using static LaiChau.Workflows.Tests.FieldReport.FieldReportDefinition;

namespace LaiChau.Workflows.Tests.FieldReport;

/// <summary>R7.5: a report outside the lead agency's remit is forwarded within 1 working day; the receiving agency handles it by the same process.</summary>
public abstract class TransferTests<TStore> : FieldReportTests<TStore>
    where TStore : IFieldReportStore, new()
{
    private const string Target = "SO-GTVT";

    [Fact]
    public async Task R7_5_Transfer_moves_lead_agency_and_restarts_the_clock()
    {
        var run = await ReceiveAsync(Vn(3, 2, 9));
        await run.AdvanceToAsync(Vn(3, 3, 10));

        await run.CompleteAsync("verify", Var("outcome", "transfer"), Var("targetAgency", Target), Var("reason", "Quốc lộ do Sở quản lý"));

        Assert.Equal(["notice:receipt", "alert:transfer", "notice:transfer", "report-state:transferred"], run.CallKeys);
        Assert.All(run.Calls.Skip(1), c => Assert.Equal(Target, c.Text("leadAgency")));
        Assert.Equal((Agency, "Quốc lộ do Sở quản lý"), (run.Calls[1].Text("previousAgency"), run.Calls[1].Text("reason")));
        var verify = await run.OpenTaskAsync("verify");
        Assert.Equal(["agency:" + Target], verify.CandidateGroups);
        Assert.Equal(Vn(3, 4, 17), verify.DueAt);

        await run.AdvanceToAsync(Vn(3, 3, 17)); // the first agency's clock is gone
        Assert.Equal(4, run.Calls.Count);
        await run.AdvanceToAsync(Vn(3, 4, 17));
        Assert.Equal("alert:verify-late", run.Calls[^1].Key);
        Assert.Equal((Vn(3, 4, 17), Target), (run.Calls[^1].At, run.Calls[^1].Text("leadAgency")));
    }

    [Fact]
    public async Task R7_5_Receiving_agency_handles_by_the_same_process_and_keeps_the_report()
    {
        var run = await ReceiveAsync(Vn(3, 2, 9));
        await run.CompleteAsync("verify", Var("outcome", "transfer"), Var("targetAgency", Target), Var("reason", "Ngoài thẩm quyền"));

        await run.CompleteAsync("verify", Var("outcome", "accept"));
        var direct = await run.CompleteAsync("direct", Var("instructions", "Vá ngay"));
        var record = await run.CompleteAsync("record-result", Var("result", "Đã vá"), Var("attachments", new[] { "m-1" }));
        var approve = await run.CompleteAsync("approve-result", Var("decision", "approve"), Var("comment", "Đạt"));

        Assert.Equal(["leaders:" + Target], direct.CandidateGroups);
        Assert.Equal(["agency:" + Target], record.CandidateGroups);
        Assert.Equal(["leaders:" + Target], approve.CandidateGroups);
        Assert.Equal(Vn(3, 9, 17), direct.DueAt); // R7.3 counts from the receiving agency's receipt (the same day here)
        Assert.Equal(FeelValue.String(Target), (await run.InstanceAsync()).Variables["leadAgency"]);
        await run.PublishAsync("report-feedback", Var("kind", "reply"), Var("text", "Còn một ổ gà"));
        Assert.Equal(["agency:" + Target], (await run.OpenTaskAsync("clarify")).CandidateGroups);
    }
}

public sealed class TransferOnSqlite : TransferTests<SqliteStore>;

public sealed class TransferOnPostgres : TransferTests<PostgresStore>;
