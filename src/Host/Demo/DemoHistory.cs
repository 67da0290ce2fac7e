using LaiChau.Host.Data;
using LaiChau.Host.Reports.Monthly;
using LaiChau.Host.Reports.Submit;
using LaiChau.Host.Workflows;
using LaiChau.Workflows.Engine;
using LaiChau.Workflows.Engine.Rows;
using LaiChau.Workflows.Feel;
using LaiChau.Workflows.Time;
using Microsoft.EntityFrameworkCore;

namespace LaiChau.Host.Demo;

/// <summary>
/// A few dozen reports over the last months, each taken by the real intake and moved by the real process: the clock
/// walks forward from <see cref="Span"/> ago, and every step (a report arriving, an officer verifying, a leader
/// directing, a result recorded and approved) happens at its own instant, with the timers that fell due in between.
/// The shipped forms' keys are used as a person would fill them in. Deterministic: the same plan on every install.
/// </summary>
internal sealed class DemoHistory(IServiceScopeFactory scopes, DemoClock clock, DemoPeople people)
{
    public const string Channel = "demo";

    public static readonly TimeSpan Span = TimeSpan.FromDays(120);

    private const int Reports = 36;

    /// <summary>How far each report goes: the steps it takes, in order (the rest waits in somebody's inbox).</summary>
    private enum Story { Waits, Accepted, Directed, Recorded, Resolved, Returned, Rejected, TransferredAndResolved }

    private static readonly Story[] Older = [Story.Resolved, Story.Resolved, Story.Rejected, Story.Resolved, Story.TransferredAndResolved, Story.Directed, Story.Resolved, Story.Returned];
    private static readonly Story[] Recent = [Story.Waits, Story.Accepted, Story.Directed, Story.Recorded, Story.Waits, Story.Directed];

    private static readonly (string Category, string Description)[] Texts =
    [
        ("khac", "Cây xanh đổ chắn ngang đường sau cơn mưa lớn, xe máy phải đi vòng."),
        ("khac", "Biển báo giao thông ở ngã ba bị gãy, người đi đường không biết hướng."),
        ("khac", "Cống thoát nước trước chợ bị tắc, nước đọng thành vũng lớn."),
        ("khac", "Bãi đất trống bị đổ phế thải xây dựng, bốc mùi khó chịu."),
        ("sat-lo", "Đất đá sạt xuống taluy dương, lấp một nửa mặt đường liên xã."),
        ("khac", "Đèn tín hiệu giao thông ở nút giao chỉ sáng đèn vàng cả ngày."),
        ("tai-nan", "Va chạm giữa xe máy và ô tô tải ở khúc cua, một người bị thương nhẹ."),
        ("khac", "Hàng rào bảo vệ cầu treo bị bung dây, trẻ em đi qua rất nguy hiểm."),
        ("chay-no", "Khói bốc lên từ bãi rác tự phát cạnh khu dân cư vào buổi tối."),
        ("khac", "Nắp hố ga trên vỉa hè bị vỡ, người đi bộ có thể sụt chân."),
        ("an-ninh", "Nhóm thanh niên tụ tập gây ồn ào, đua xe sau 23 giờ trên đường chính."),
        ("khac", "Mương nội đồng bị bồi lấp, nước không vào được ruộng bậc thang."),
    ];

    private static readonly (string Agency, double Lat, double Lon, string Address)[] Places =
    [
        (DemoPeople.DoanKet, 22.43607, 103.40046, "Đường Trần Hưng Đạo, phường Đoàn Kết"),
        (DemoPeople.BinhLu, 22.34811, 103.67062, "Quốc lộ 4D, xã Bình Lư"),
    ];

    // The shipped forms (workflows/*.form) by their form id: a step completes the open task showing that form, whatever
    // the definition's element ids (TaskView.FormKey), as the regulation's process may rename its elements.
    private const string VerifyForm = "verify";
    private const string DirectForm = "direct";
    private const string RecordResultForm = "record-result";
    private const string ApproveResultForm = "approve-result";

    private sealed record Step(DateTimeOffset At, int Report, string? Form, Dictionary<string, FeelValue>? Variables);

    public async Task<int> ReplayAsync(CancellationToken ct)
    {
        var start = clock.GetUtcNow();
        var end = start + Span;
        var codes = new string?[Reports];
        var month = FirstOfMonth(start);
        foreach (var step in Plan(start, end).OrderBy(s => s.At).ThenBy(s => s.Report))
        {
            clock.MoveTo(step.At);
            await SettleAsync(ct);
            month = await IssueMonthlyReportsAsync(month, FirstOfMonth(step.At), ct);
            if (step.Form is null)
            {
                codes[step.Report] = await SubmitAsync(step.Report, ct);
            }
            else if (codes[step.Report] is { } code)
            {
                await CompleteAsync(code, step.Form, step.Variables!, ct);
            }
        }

        clock.CatchUp();
        await SettleAsync(ct);
        await IssueMonthlyReportsAsync(month, FirstOfMonth(clock.GetUtcNow()), ct);
        return codes.Count(c => c is not null);
    }

    /// <summary>Every report's steps: older reports mostly finished, the last weeks' ones still in somebody's inbox.</summary>
    private static IEnumerable<Step> Plan(DateTimeOffset start, DateTimeOffset end)
    {
        var every = (end - start - TimeSpan.FromDays(1)) / Reports;
        for (var i = 0; i < Reports; i++)
        {
            var at = start + (every * i) + TimeSpan.FromHours(7 + (i * 5 % 11)); // spread over the day, office hours and not
            var story = end - at > TimeSpan.FromDays(14) ? Older[i % Older.Length] : Recent[i % Recent.Length];
            var (agency, _, _, _) = Places[i % Places.Length];
            yield return new Step(at, i, null, null);
            if (story == Story.Waits)
            {
                continue;
            }

            var verifyAt = at + TimeSpan.FromHours(3);
            switch (story)
            {
                case Story.Rejected:
                    yield return new Step(verifyAt, i, VerifyForm, Vars(("outcome", "reject"),
                        ("reason", "Nội dung thuộc thẩm quyền giải quyết khiếu nại, không phải phản ánh hiện trường (R2.1)."),
                        ("guidance", "Gửi đơn đến Bộ phận tiếp công dân của Ủy ban nhân dân.")));
                    continue;
                case Story.TransferredAndResolved:
                    yield return new Step(verifyAt, i, VerifyForm, Vars(("outcome", "transfer"), ("targetAgency", DemoPeople.Department),
                        ("reason", "Công trình do Sở Xây dựng quản lý.")));
                    verifyAt += TimeSpan.FromHours(20);
                    break;
            }

            yield return new Step(verifyAt, i, VerifyForm, Vars(("outcome", "accept")));
            if (story == Story.Accepted)
            {
                continue;
            }

            yield return new Step(verifyAt + TimeSpan.FromDays(1), i, DirectForm, Vars(("instructions", $"Giao tổ công tác {agency} kiểm tra hiện trường và xử lý trong tuần.")));
            if (story == Story.Directed)
            {
                continue;
            }

            yield return new Step(verifyAt + TimeSpan.FromDays(3), i, RecordResultForm, Vars(("result", "Đã kiểm tra hiện trường và khắc phục xong; khu vực đi lại bình thường.")));
            if (story == Story.Recorded)
            {
                continue;
            }

            var decision = story == Story.Returned
                ? Vars(("decision", "return"), ("returnReason", "Chưa có ảnh hiện trường sau khi xử lý."))
                : Vars(("decision", "approve"), ("comment", "Đồng ý với kết quả xử lý."));
            yield return new Step(verifyAt + TimeSpan.FromDays(4), i, ApproveResultForm, decision);
        }
    }

    private async Task<string?> SubmitAsync(int i, CancellationToken ct)
    {
        var (category, description) = Texts[i % Texts.Length];
        var (_, lat, lon, address) = Places[i % Places.Length];
        var offset = (i % 5 - 2) * 0.0003; // a few tens of metres apart
        await using var scope = scopes.CreateAsyncScope();
        var intake = scope.ServiceProvider.GetRequiredService<ReportIntake>();
        var submission = new ReportSubmission(category, lat + offset, lon - offset, address, null, Confidential: i % 9 == 4, ContactConsent: i % 3 != 0,
            Name(i), $"09{12345600 + i:00000000}", i % 2 == 0 ? $"nguoidan{i + 1:00}@example.vn" : null, description);
        return await intake.SubmitAsync(submission, Channel, apiKeyId: null, ct) switch
        {
            SubmitAccepted accepted => accepted.Code,
            SubmitInvalid invalid => throw new InvalidOperationException(
                $"Demo report {i + 1} was refused: {string.Join("; ", invalid.Errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}"))}"),
            var refused => throw new InvalidOperationException($"Demo report {i + 1} was refused: {refused.GetType().Name}"),
        };
    }

    /// <summary>The open task of that form, completed by the first member of its candidate group, as the API would.</summary>
    private async Task CompleteAsync(string code, string form, Dictionary<string, FeelValue> variables, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var queries = services.GetRequiredService<WorkflowQueries>();
        var instance = await services.GetRequiredService<AppDbContext>().Reports.AsNoTracking().Where(r => r.Code == code).Select(r => r.InstanceId).SingleAsync(ct);
        var administrator = new TaskActor(Channel, [], IsAdministrator: true, SeesAll: true);
        var tasks = await queries.FindTasksAsync(new TaskQuery(InstanceId: instance, State: UserTaskState.Created), administrator, ct);
        if (tasks.Items.FirstOrDefault(t => t.FormKey == form) is not { } task)
        {
            return; // the process went another way (a timer escalated it): the story stops here, as it would for a person
        }

        var actor = people.ActorFor(task.CandidateGroups.FirstOrDefault(g => g.StartsWith("leaders:", StringComparison.Ordinal)) ?? task.CandidateGroups[0]);
        var refused = await services.GetRequiredService<TaskCompletion>().CompleteAsync(task.Id, actor, variables, new Dictionary<string, IReadOnlyList<IncomingMedia>>(), ct);
        if (refused is not null)
        {
            throw new InvalidOperationException($"Demo {form} of {code} was refused: {string.Join("; ", refused.All.Select(e => e.Key))}");
        }
    }

    /// <summary>Each month the history leaves behind gets its report (R11.3), as the recurring job would have issued it then.</summary>
    private async Task<DateOnly> IssueMonthlyReportsAsync(DateOnly from, DateOnly current, CancellationToken ct)
    {
        for (; from < current; from = from.AddMonths(1))
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<MonthlyReports>().GenerateAsync(from, ct);
        }

        return from;
    }

    private static DateOnly FirstOfMonth(DateTimeOffset instant)
    {
        var day = VietnamTime.Today(instant);
        return new DateOnly(day.Year, day.Month, 1);
    }

    /// <summary>Timers that fell due fire, and this host's workers finish what became ready.</summary>
    private async Task SettleAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<WorkflowTimers>().FireDueTimersAsync(ct);
        await scope.ServiceProvider.GetRequiredService<WorkerActivity>().WaitUntilIdleAsync(TimeSpan.FromSeconds(30), ct);
    }

    private static readonly string[] FamilyNames = ["Nguyễn", "Lò", "Giàng", "Tao", "Lê", "Vàng", "Trần", "Sùng", "Hoàng"];
    private static readonly string[] GivenNames = ["Văn Hùng", "Thị Mai", "A Páo", "Thị Dung", "Văn Long", "Thị Xuân", "A Chứ", "Thị Hiền"];

    /// <summary>A made-up name: the intake refuses digits in names (R5.4).</summary>
    private static string Name(int i) => $"{FamilyNames[i % FamilyNames.Length]} {GivenNames[i * 7 % GivenNames.Length]}";

    private static Dictionary<string, FeelValue> Vars(params (string Key, string Value)[] values) =>
        values.ToDictionary(v => v.Key, v => FeelValue.String(v.Value), StringComparer.Ordinal);
}
