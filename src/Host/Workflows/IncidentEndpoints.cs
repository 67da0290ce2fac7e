using LaiChau.Workflows.Engine;
using LaiChau.Workflows.Engine.Rows;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LaiChau.Host.Workflows;

/// <summary><c>/api/v1/incidents</c>: what is stuck and why.</summary>
public static class IncidentEndpoints
{
    public sealed record RetryRequest(int? Retries = null);

    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("", FindAsync).WithSummary("What is stuck and why");
        group.MapPost("{id:guid}/retry", RetryAsync).WithSummary("Retry the failed step");
    }

    /// <summary>Retries the failed step (or gives a job more attempts); 204 once the retry ran.</summary>
    public static async Task<Results<NoContent, ValidationProblem>> RetryAsync(
        Guid id, RetryRequest? request, WorkflowIncidents incidents, CancellationToken ct)
    {
        if (request?.Retries is < 1 or > 100)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["retries"] = ["Retries is a whole number from 1 to 100."] });
        }

        await incidents.RetryIncidentAsync(id, request?.Retries ?? 1, ct);
        return TypedResults.NoContent();
    }

    public static async Task<Results<Ok<IReadOnlyList<IncidentView>>, ValidationProblem>> FindAsync(
        string? state, Guid? instanceId, WorkflowQueries queries, CancellationToken ct)
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

        return TypedResults.Ok(await queries.FindIncidentsAsync(filter, instanceId, ct));
    }
}
