using LaiChau.Workflows.Engine;

namespace LaiChau.Host.Designer;

/// <summary>
/// <c>GET /api/v1/designer/definitions/{key}/versions/{version}/statistics</c>: per element, the active instances waiting
/// there, how many of those are overdue, and open incidents (the designer's live overlay).
/// </summary>
public static class GetElementStatistics
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapGet("/definitions/{key}/versions/{version:int}/statistics",
            (string key, int version, WorkflowStatistics statistics, CancellationToken ct) => statistics.GetElementStatisticsAsync(key, version, ct))
            .WithSummary("Per element: instances waiting, overdue, open incidents, average time");
}
