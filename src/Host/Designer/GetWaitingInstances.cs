using LaiChau.Workflows.Engine;

namespace LaiChau.Host.Designer;

/// <summary>
/// <c>GET /api/v1/designer/definitions/{key}/versions/{version}/elements/{elementId}/waiting?after=&amp;limit=</c>: the ids
/// of the instances waiting at an element, in pages after the last id seen (the designer's "Xem thêm" beyond the
/// statistics' first 20).
/// </summary>
public static class GetWaitingInstances
{
    public const int DefaultPageSize = 50;

    public static void Map(RouteGroupBuilder group) =>
        group.MapGet("/definitions/{key}/versions/{version:int}/elements/{elementId}/waiting",
            (string key, int version, string elementId, Guid? after, int? limit, WorkflowStatistics statistics, CancellationToken ct) =>
                statistics.FindWaitingInstancesAsync(key, version, elementId, after, limit ?? DefaultPageSize, ct))
            .WithSummary("Ids of the instances waiting at an element, a page after an id");
}
