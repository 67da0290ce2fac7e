using System.Text.Json.Nodes;
using LaiChau.Workflows.Engine;

namespace LaiChau.Host.Designer;

/// <summary>
/// <c>GET /api/v1/designer/element-templates</c>: one template per job handler this host registers, by name, then the
/// working-day timer templates.
/// </summary>
public static class GetElementTemplates
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapGet("/element-templates", (IEnumerable<IJobHandler> handlers) => Handle(handlers)).WithSummary("One Zeebe element template per job handler of the host");

    public static IReadOnlyList<JsonObject> Handle(IEnumerable<IJobHandler> handlers) =>
        [.. handlers
            .DistinctBy(h => h.Type, StringComparer.Ordinal)
            .Select(ElementTemplates.From)
            .OrderBy(t => (string?)t["name"], StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("vi-VN"), false))
            .Concat(WorkingDayTimerTemplates.All())];
}
