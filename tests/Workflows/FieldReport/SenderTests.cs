using LaiChau.Testing;
using LaiChau.Workflows.Engine;
using LaiChau.Workflows.Feel;
using static LaiChau.Workflows.Tests.FieldReport.FieldReportDefinition;

namespace LaiChau.Workflows.Tests.FieldReport;

/// <summary>
/// Issue 16 point 5, ADR 0021: who may send the process's messages is read from the definitions — the latest version
/// of each process declaring the message and the versions of the instances waiting for it — and checked by the engine
/// inside the publishing command, so that a refused message changes nothing.
/// </summary>
public abstract class SenderTests<TStore> : FieldReportTests<TStore>
    where TStore : IFieldReportStore, new()
{
    private static readonly HashSet<string> Centre = ["staff", "centre"], Integration = ["integration"], Administrator = ["system"];

    [Fact]
    public async Task R7_5_Only_the_centre_sends_report_reroute_and_a_refused_one_changes_nothing()
    {
        var run = await ReceiveAsync(Vn(3, 2, 9));
        var calls = run.Calls.Count;

        var integration = await Assert.ThrowsAsync<WorkflowSenderException>(() => PublishRerouteAsync(run, Integration));
        var administrator = await Assert.ThrowsAsync<WorkflowSenderException>(() => PublishRerouteAsync(run, Administrator));
        await run.RunHostJobsAsync();

        Assert.Equal(["centre"], integration.Senders.Allowed);
        Assert.Equal("report-reroute", administrator.Senders.MessageName);
        Assert.Contains("'report-reroute' may be sent only by: centre", integration.Message, StringComparison.Ordinal);
        Assert.Equal(calls, run.Calls.Count);
        Assert.Equal(["agency:" + Agency], (await run.OpenTaskAsync("verify")).CandidateGroups);
        Assert.Equal([run.InstanceId], (await PublishRerouteAsync(run, Centre)).Instances);
    }

    [Fact]
    public async Task R8_The_reporters_messages_are_sent_by_the_citizen_only()
    {
        var run = await ReceiveAsync(Vn(3, 2, 9));

        var feedback = await run.Engine.Queries().GetMessageSendersAsync("report-feedback", FieldReportRun.ReportCode);
        var resubmitted = await run.Engine.Queries().GetMessageSendersAsync("report-resubmitted", FieldReportRun.ReportCode);

        Assert.Equal(["citizen"], feedback.Allowed);
        Assert.Equal(["citizen"], resubmitted.Allowed);
        Assert.False(feedback.Allows(["system", "integration", "staff", "centre"]));
    }

    [Fact]
    public async Task Senders_OfAMessageNoDefinitionDeclares_AreTheSystemOnly()
    {
        var run = await ReceiveAsync(Vn(3, 2, 9));

        var senders = await run.Engine.Queries().GetMessageSendersAsync("no-such-message", FieldReportRun.ReportCode);

        Assert.Equal(["system"], senders.Allowed);
    }

    [Fact]
    public async Task Senders_AreWhatEveryVersionTheMessageCanReachAllows()
    {
        var run = await ReceiveAsync(Vn(3, 2, 9)); // its instance waits on the first version: the centre only
        await run.Engine.DeployAsync(Xml.Replace("value=\"centre\"", "value=\"centre, system\"", StringComparison.Ordinal), "test");

        var waiting = await run.Engine.Queries().GetMessageSendersAsync("report-reroute", FieldReportRun.ReportCode);
        var other = await run.Engine.Queries().GetMessageSendersAsync("report-reroute", "PA-2026-999999");

        Assert.Equal(["centre"], waiting.Allowed);
        Assert.Equal(["centre", "system"], other.Allowed.Order(StringComparer.Ordinal));
        await Assert.ThrowsAsync<WorkflowSenderException>(() => PublishRerouteAsync(run, Administrator));
    }

    private static Task<PublishResult> PublishRerouteAsync(FieldReportRun run, IReadOnlySet<string> sentBy) =>
        run.Engine.PublishMessageAsync(new PublishMessage("report-reroute", FieldReportRun.ReportCode, new Dictionary<string, FeelValue>
        {
            ["targetAgency"] = FeelValue.String("SO-GTVT"),
            ["reason"] = FeelValue.String("Quốc lộ 4D do Sở quản lý"),
        }) { SentBy = sentBy });
}

public sealed class SenderOnSqlite : SenderTests<SqliteStore>;

public sealed class SenderOnPostgres : SenderTests<PostgresStore>;
