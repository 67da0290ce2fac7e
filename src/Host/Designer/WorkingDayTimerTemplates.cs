using System.Text.Json.Nodes;
using LaiChau.Workflows.Bpmn;

namespace LaiChau.Host.Designer;

/// <summary>
/// Element templates that offer the working-day calendar on timers (boundary and intermediate catch): the duration
/// is counted in Vietnamese working days (<c>zeebe:property calendar = working-days</c>, docs/bpmn-subset.md).
/// </summary>
public static class WorkingDayTimerTemplates
{
    public static IEnumerable<JsonObject> All() =>
    [
        Template("bpmn:BoundaryEvent", "Hạn xử lý theo ngày làm việc (sự kiện biên)"),
        Template("bpmn:IntermediateCatchEvent", "Chờ theo ngày làm việc"),
    ];

    private static JsonObject Template(string elementType, string name) => new()
    {
        ["$schema"] = ElementTemplates.Schema,
        ["name"] = name,
        ["id"] = $"laichau.working-days.{elementType[5..].ToLowerInvariant()}",
        ["version"] = 1,
        ["description"] = "Đếm thời hạn theo ngày làm việc: bỏ qua cuối tuần, ngày lễ, Tết và ngày nghỉ bù.",
        ["appliesTo"] = new JsonArray(elementType),
        ["elementType"] = new JsonObject { ["value"] = elementType, ["eventDefinition"] = "bpmn:TimerEventDefinition" },
        ["properties"] = new JsonArray(
            new JsonObject
            {
                ["type"] = "Hidden",
                ["value"] = ZeebeVocabulary.Property.WorkingDays,
                ["binding"] = new JsonObject { ["type"] = "zeebe:property", ["name"] = ZeebeVocabulary.Property.Calendar },
            },
            new JsonObject
            {
                ["label"] = "Thời hạn (ISO 8601, ví dụ P5D = 5 ngày làm việc)",
                ["type"] = "String",
                ["value"] = "P5D",
                ["binding"] = new JsonObject { ["type"] = "bpmn:TimerEventDefinition#property", ["name"] = "timeDuration" },
                ["constraints"] = new JsonObject { ["notEmpty"] = true },
            }),
    };
}
