using LaiChau.Workflows.Engine;

namespace LaiChau.Designer.Tests.Infrastructure;

/// <summary>A described handler the test host registers: it must show up as an element template in the designer.</summary>
public sealed class NotifyCitizenTestHandler : IDescribedJobHandler
{
    public const string JobType = "designer-test-notify-citizen";
    public const string Name = "Gửi thông báo cho công dân (thử)";

    public string Type => JobType;

    public JobHandlerDescription Description { get; } = new(
        Name,
        "Gửi thư báo kết quả cho người phản ánh.",
        Inputs: [new JobHandlerInput("reportId", "Mã phản ánh", Required: true, Source: "=report.id")],
        Headers: [new JobHandlerHeader("channel", "Kênh gửi", Choices: ["email", "sms"])]);

    public Task<JobResult> HandleAsync(ActivatedJob job, CancellationToken ct) => Task.FromResult(JobResult.Complete());
}

/// <summary>A handler without a description: it still appears, named by its job type.</summary>
public sealed class PlainTestHandler : IJobHandler
{
    public const string JobType = "designer-test-plain";

    public string Type => JobType;

    public Task<JobResult> HandleAsync(ActivatedJob job, CancellationToken ct) => Task.FromResult(JobResult.Complete());
}

/// <summary>
/// Fails (an incident once its retries are spent) until the instance has the variable <c>fixed = true</c>, which an
/// administrator sets before retrying: the designer's successful retry.
/// </summary>
public sealed class FixableTestHandler : IJobHandler
{
    public const string JobType = "designer-test-fixable";

    public string Type => JobType;

    public Task<JobResult> HandleAsync(ActivatedJob job, CancellationToken ct) =>
        Task.FromResult(job.Variables.TryGetValue("fixed", out var value) && value == LaiChau.Workflows.Feel.FeelValue.True
            ? JobResult.Complete()
            : JobResult.Fail("Thiếu dữ liệu: hãy đặt biến fixed rồi thử lại."));
}
