using LaiChau.Workflows.Feel;
using static LaiChau.Workflows.Tests.FieldReport.FieldReportDefinition;

namespace LaiChau.Workflows.Tests.FieldReport;

/// <summary>R8.1, R8.2: after the result the reporter may reply, rate or resubmit during the feedback window (P30D).</summary>
public abstract class FeedbackTests<TStore> : FieldReportTests<TStore>
    where TStore : IFieldReportStore, new()
{
    [Fact]
    public async Task R8_1_Reply_creates_clarify_task()
    {
        var run = await ResolvedAsync(await ReceiveAsync(Vn(3, 2, 9)));

        await run.PublishAsync("report-feedback", Var("kind", "reply"), Var("text", "Vẫn còn đọng nước"));
        var clarify = await run.OpenTaskAsync("clarify");
        Assert.Equal(("Giải trình", null), (clarify.Name, clarify.DueAt));
        Assert.Equal(["agency:" + Agency], clarify.CandidateGroups);
        await run.CompleteAsync("clarify", Var("answer", "Đã nạo vét rãnh thoát nước"));

        Assert.Equal("notice:clarification", run.Calls[^1].Key);
        Assert.Equal(("Đã nạo vét rãnh thoát nước", "Vẫn còn đọng nước"), (run.Calls[^1].Text("answer"), run.Calls[^1].Text("text")));
        Assert.Contains("wait-feedback", (await run.InstanceAsync()).ActiveElementIds); // waits again
        await run.PublishAsync("report-feedback", Var("kind", "reply"), Var("text", "Cảm ơn"));
        Assert.Equal("clarify", (await run.OpenTaskAsync("clarify")).ElementId);
    }

    [Fact]
    public async Task R8_2_Rating_is_recorded()
    {
        var run = await ResolvedAsync(await ReceiveAsync(Vn(3, 2, 9)));

        var published = await run.PublishAsync("report-feedback", Var("kind", "rating"), Var("rating", "satisfied"), Var("text", "Hài lòng"));

        Assert.Equal([run.InstanceId], published.Instances);
        Assert.Equal("report-state:rated", run.Calls[^1].Key);
        Assert.Equal("satisfied", run.Calls[^1].Text("rating"));
        Assert.Empty(await run.OpenTasksAsync());
        Assert.Contains("wait-feedback", (await run.InstanceAsync()).ActiveElementIds);
        await run.PublishAsync("report-feedback", Var("kind", "rating"), Var("rating", "unsatisfied"));
        Assert.Equal(("report-state:rated", "unsatisfied"), (run.Calls[^1].Key, run.Calls[^1].Text("rating")));
    }

    [Fact]
    public async Task R8_Feedback_window_of_thirty_working_days_ends_the_instance()
    {
        var run = await ResolvedAsync(await ReceiveAsync(Vn(3, 2, 9))); // resolved Thursday 5 March 15:00
        await run.PublishAsync("report-feedback", Var("kind", "rating"), Var("rating", "acceptable"));

        await run.AdvanceToAsync(Vn(4, 16, 16, 59));
        Assert.Equal("active", (await run.InstanceAsync()).State);
        await run.AdvanceToAsync(Vn(4, 16, 17));

        Assert.Equal(("report-state:closed", Vn(4, 16, 17)), (run.Calls[^1].Key, run.Calls[^1].At));
        Assert.Equal("completed", (await run.InstanceAsync()).State);
        var late = await run.PublishAsync("report-feedback", Var("kind", "reply"));
        Assert.Empty(late.Instances);
    }

    /// <summary>A normal report resolved on Thursday 5 March 2026 at 15:00, waiting for feedback.</summary>
    internal static async Task<FieldReportRun> ResolvedAsync(FieldReportRun run)
    {
        if (!run.CallKeys.Contains("report-state:in-progress"))
        {
            await run.CompleteAsync("verify", Var("outcome", "accept"));
        }

        await run.CompleteAsync("direct", Var("instructions", "Vá"));
        await run.CompleteAsync("record-result", Var("result", "Đã vá"));
        await run.AdvanceToAsync(Vn(3, 5, 15));
        await run.CompleteAsync("approve-result", Var("decision", "approve"));
        Assert.Equal("notice:rate-request", run.Calls[^1].Key);
        return run;
    }
}

public sealed class FeedbackOnSqlite : FeedbackTests<SqliteStore>;

public sealed class FeedbackOnPostgres : FeedbackTests<PostgresStore>;
