using System.Globalization;
using LaiChau.Testing;
using LaiChau.Workflows.Engine;
using LaiChau.Workflows.Feel;
using LaiChau.Workflows.Tests.FieldReport;
using LaiChau.Workflows.Tests.Runtime;

namespace LaiChau.Workflows.Tests.Concurrency;

/// <summary>
/// The processes of the randomized run: MIWG-style generated models (gateways of every kind, sub-processes,
/// multi-instance, call activities, timers, messages, errors, incidents) and the regulation's own definition.
/// </summary>
internal static class ConcurrencyModels
{
    public const string FieldReportKey = "field-report";

    /// <summary>What every generated call activity calls.</summary>
    public static readonly string Child = File("child", """
        <bpmn:startEvent id="start" />
        <bpmn:serviceTask id="childWork"><bpmn:extensionElements><zeebe:taskDefinition type="work" /></bpmn:extensionElements></bpmn:serviceTask>
        <bpmn:endEvent id="end" />
        <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="childWork" />
        <bpmn:sequenceFlow id="f2" sourceRef="childWork" targetRef="end" />
        """);

    /// <summary>The job types the driver works: the generated models' and the host's of the regulation.</summary>
    public static readonly string[] JobTypes = ["work", .. FieldReportRun.HostJobTypes];

    public static string GeneratedKey(int model) => $"generated-{model}";

    public static string Generated(int model, int seed) =>
        File(GeneratedKey(model), new RandomProcessGenerator(seed).Generate(depth: 3), RandomProcessGenerator.Definitions);

    public static Dictionary<string, FeelValue> GeneratedStart(Random random, int number) => new()
    {
        ["v"] = Number(random),
        ["key"] = FeelValue.String($"k-{number}"),
    };

    /// <summary>A report as intake starts it (see <see cref="FieldReportRun"/>), with its own code.</summary>
    public static Dictionary<string, FeelValue> ReportStart(Random random, int number, DateTimeOffset now)
    {
        var urgent = random.Next(5) == 0;
        return new()
        {
            ["reportCode"] = FeelValue.String(ReportCode(number)),
            ["category"] = FeelValue.String(urgent ? "fire" : "pothole"),
            ["categoryName"] = FeelValue.String(urgent ? "Cháy nổ" : "Ổ gà, hư hỏng mặt đường"),
            ["urgent"] = FeelValue.Boolean(urgent),
            ["leadAgency"] = FeelValue.String(random.Next(3) == 0 ? "UBND-NHANH" : "UBND-TANPHONG"),
            ["receivedAt"] = FeelValue.String(now.ToOffset(TestClock.VietnamOffset).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture)),
            ["confidential"] = FeelValue.False,
            ["flags"] = FeelValue.List([]),
            ["duplicateOf"] = FeelValue.Null,
        };
    }

    public static string ReportCode(int number) => $"PA-2026-{number:000000}";

    /// <summary>A valid completion of a task of the regulation, chosen at random among its form's outcomes.</summary>
    public static Dictionary<string, FeelValue> ReportCompletion(string formId, Random random, DateTimeOffset now) => formId switch
    {
        "verify" => random.Next(8) switch
        {
            0 => Vars(("outcome", Text("reject")), ("reason", Text("Nội dung không rõ")), ("guidance", Text("Gửi kèm ảnh"))),
            1 => Vars(("outcome", Text("transfer")), ("targetAgency", Text(OtherAgency(random))), ("reason", Text("Ngoài thẩm quyền"))),
            2 => Vars(("outcome", Text("coordinate")), ("coordinatingAgencies", FeelValue.List([Text("SO-XD"), Text("SO-TNMT")]))),
            _ => Vars(("outcome", Text("accept"))),
        },
        "coordinate" => random.Next(3) == 0
            ? Vars(("status", Text("delayed")), ("opinion", Text("Đang khảo sát")), ("expectedDate", Text(Date(now, 4))))
            : Vars(("opinion", Text("Đồng ý"))),
        "direct" => Vars(("instructions", Text("Vá mặt đường"))),
        "record-result" => Vars(("result", Text("Đã vá"))),
        "approve-result" => random.Next(4) == 0
            ? Vars(("decision", Text("return")), ("returnReason", Text("Thiếu ảnh")))
            : Vars(("decision", Text("approve"))),
        "clarify" => Vars(("answer", Text("Đã nạo vét rãnh"))),
        "assign-agency" => Vars(("agency", Text("SO-GTVT"))),
        "decide-extension" => random.Next(3) switch
        {
            0 => Vars(("decision", Text("refuse")), ("comment", Text("Chưa đủ căn cứ"))),
            1 => Vars(("decision", Text("direction")), ("newDate", Text(Date(now, 12))), ("documentNumber", Text("12/UBND-VP")),
                ("documentDate", Text(Date(now, 0))), ("comment", Text("Theo chỉ đạo"))),
            _ => Vars(("decision", Text("approve")), ("newDate", Text(Date(now, 10))), ("comment", Text("Đồng ý"))),
        },
        _ => throw new InvalidOperationException($"The driver does not know the form '{formId}' of the regulation: add it here."),
    };

    /// <summary>A message a reporter, an agency or the host may send about a report (the engine's own caller: no sender check).</summary>
    public static PublishMessage ReportMessage(int number, Random random, DateTimeOffset now)
    {
        var (name, variables) = random.Next(7) switch
        {
            0 => ("report-feedback", Vars(("kind", Text("reply")), ("text", Text("Vẫn còn đọng nước")))),
            1 => ("report-feedback", Vars(("kind", Text("rating")), ("rating", Text(random.Next(2) == 0 ? "acceptable" : "unsatisfied")))),
            2 => ("report-extension-request", Vars(("requestedDate", Text(Date(now, 10))), ("reason", Text("Chờ vật tư")))),
            3 => ("report-disagreement", Vars(("reason", Text("Thuộc thẩm quyền xã")))),
            4 => ("report-resubmitted", Vars(("text", Text("Tôi không đồng ý")))),
            5 => ("report-reroute", Vars(("targetAgency", Text(OtherAgency(random))), ("reason", Text("Sai địa bàn")))),
            _ => ("task-claimed", Vars()),
        };
        return new PublishMessage(name, ReportCode(number), variables);
    }

    public static FeelValue Number(Random random) => FeelValue.Number(random.Next(100) / 100m);

    private static string OtherAgency(Random random) => random.Next(3) switch { 0 => "SO-GTVT", 1 => "SO-XD", _ => "UBND-NHANH" };

    private static string Date(DateTimeOffset now, int days) =>
        now.ToOffset(TestClock.VietnamOffset).AddDays(days).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static FeelValue Text(string value) => FeelValue.String(value);

    private static Dictionary<string, FeelValue> Vars(params (string Name, FeelValue Value)[] values) =>
        values.ToDictionary(v => v.Name, v => v.Value);

    private static string File(string processId, string body, string definitions = "") => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                          xmlns:zeebe="http://camunda.org/schema/zeebe/1.0"
                          xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                          id="d" targetNamespace="http://laichau.invalid/test">
          <bpmn:process id="{processId}" isExecutable="true">
        {body}
          </bpmn:process>
        {definitions}
        </bpmn:definitions>
        """;
}
