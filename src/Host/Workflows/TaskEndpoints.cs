using System.Security.Claims;
using System.Text.Json;
using LaiChau.Workflows.Engine;
using LaiChau.Workflows.Engine.Rows;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LaiChau.Host.Workflows;

/// <summary><c>/api/v1/tasks</c>: the inbox query and claim / unclaim / assign / complete.</summary>
public static class TaskEndpoints
{
    public sealed record AssignRequest(string? Assignee);

    public sealed record CompleteRequest(JsonElement? Variables);

    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("", FindAsync);
        group.MapGet("{id:guid}", (Guid id, ClaimsPrincipal user, WorkflowEngine engine, CancellationToken ct) =>
            engine.GetTaskAsync(id, Actors.Of(user), ct));
        group.MapPost("{id:guid}/claim", async (Guid id, ClaimsPrincipal user, WorkflowEngine engine, CancellationToken ct) =>
        {
            await engine.ClaimTaskAsync(id, Actors.Of(user), ct);
            return TypedResults.NoContent();
        });
        group.MapPost("{id:guid}/unclaim", async (Guid id, ClaimsPrincipal user, WorkflowEngine engine, CancellationToken ct) =>
        {
            await engine.UnclaimTaskAsync(id, Actors.Of(user), ct);
            return TypedResults.NoContent();
        });
        group.MapPost("{id:guid}/assign", AssignAsync);
        group.MapPost("{id:guid}/complete", CompleteAsync);
    }

    public static async Task<Results<Ok<Page<TaskView>>, ValidationProblem>> FindAsync(
        Guid? instanceId,
        string? candidateGroup,
        string? candidateUser,
        string? assignee,
        string? state,
        DateTimeOffset? dueBefore,
        string? after,
        int? limit,
        ClaimsPrincipal user,
        WorkflowEngine engine,
        CancellationToken ct)
    {
        UserTaskState? filter = null;
        if (state is not null)
        {
            if (!Enum.TryParse<UserTaskState>(state, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed))
            {
                return TypedResults.ValidationProblem(new Dictionary<string, string[]>
                {
                    ["state"] = ["State is one of created, completed, canceled."],
                });
            }

            filter = parsed;
        }

        var query = new TaskQuery(instanceId, candidateGroup, candidateUser, assignee, filter, dueBefore, after, limit ?? 50);
        return TypedResults.Ok(await engine.FindTasksAsync(query, Actors.Of(user), ct));
    }

    public static async Task<Results<NoContent, ValidationProblem>> AssignAsync(
        Guid id, AssignRequest request, ClaimsPrincipal user, WorkflowEngine engine, CancellationToken ct)
    {
        if (request.Assignee is { Length: > 200 })
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["assignee"] = ["An assignee has at most 200 characters."] });
        }

        await engine.AssignTaskAsync(id, request.Assignee, Actors.Of(user), ct);
        return TypedResults.NoContent();
    }

    public static async Task<Results<NoContent, ValidationProblem>> CompleteAsync(
        Guid id, CompleteRequest? request, ClaimsPrincipal user, WorkflowEngine engine, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var variables = Variables.Read(request?.Variables, "variables", errors);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        await engine.CompleteTaskAsync(id, Actors.Of(user), variables!, ct);
        return TypedResults.NoContent();
    }
}
