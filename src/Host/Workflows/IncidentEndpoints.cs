using LaiChau.Workflows.Engine;
using LaiChau.Workflows.Engine.Rows;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LaiChau.Host.Workflows;

/// <summary><c>/api/v1/incidents</c>: what is stuck and why.</summary>
public static class IncidentEndpoints
{
    public static void Map(RouteGroupBuilder group) => group.MapGet("", FindAsync);

    public static async Task<Results<Ok<IReadOnlyList<IncidentView>>, ValidationProblem>> FindAsync(
        string? state, Guid? instanceId, WorkflowEngine engine, CancellationToken ct)
    {
        IncidentState? filter = IncidentState.Open;
        if (state is not null)
        {
            if (state.Equals("all", StringComparison.OrdinalIgnoreCase))
            {
                filter = null;
            }
            else if (!Enum.TryParse<IncidentState>(state, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed))
            {
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["state"] = ["State is open, resolved or all."] });
            }
            else
            {
                filter = parsed;
            }
        }

        return TypedResults.Ok(await engine.FindIncidentsAsync(filter, instanceId, ct));
    }
}
