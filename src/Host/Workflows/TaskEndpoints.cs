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
        group.MapGet("", FindAsync).WithSummary("The inbox: tasks by due date (each with its form)");
        group.MapGet("{id:guid}", (Guid id, ClaimsPrincipal user, WorkflowQueries queries, CancellationToken ct) =>
            queries.GetTaskAsync(id, Actors.Of(user), ct)).WithSummary("One task");
        group.MapPost("{id:guid}/claim", async (Guid id, ClaimsPrincipal user, WorkflowUserTasks tasks, WorkflowQueries queries, Messages.MessagePublisher publisher, ILoggerFactory loggers, CancellationToken ct) =>
        {
            await tasks.ClaimTaskAsync(id, Actors.Of(user), ct);
            await TaskClaimSignal.PublishAsync(queries, publisher, id, loggers, ct); // R2.2: an urgent alert stops repeating
            return TypedResults.NoContent();
        }).WithSummary("Claim a task");
        group.MapPost("{id:guid}/unclaim", async (Guid id, ClaimsPrincipal user, WorkflowUserTasks tasks, CancellationToken ct) =>
        {
            await tasks.UnclaimTaskAsync(id, Actors.Of(user), ct);
            return TypedResults.NoContent();
        }).WithSummary("Give a claimed task back");
        group.MapPost("{id:guid}/assign", AssignAsync).WithSummary("Assign a task to someone");
        group.MapPost("{id:guid}/complete", CompleteAsync).DisableAntiforgery().WithSummary("Complete a task, checked against its form")
            .Accepts<CompleteRequest>("application/json", ApiDocs.MultipartBodies.Multipart).AddOpenApiOperationTransformer(ApiDocs.MultipartBodies.TaskCompletion);
        group.MapGet("{id:guid}/form", TaskFormEndpoint.GetAsync).WithSummary("The task's form with its options");
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
        WorkflowQueries queries,
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
        return TypedResults.Ok(await queries.FindTasksAsync(query, Actors.Of(user), ct));
    }

    public static async Task<Results<NoContent, ValidationProblem>> AssignAsync(
        Guid id, AssignRequest request, ClaimsPrincipal user, WorkflowUserTasks tasks, WorkflowQueries queries, Messages.MessagePublisher publisher, ILoggerFactory loggers, CancellationToken ct)
    {
        if (request.Assignee is { Length: > 200 })
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["assignee"] = ["An assignee has at most 200 characters."] });
        }

        await tasks.AssignTaskAsync(id, request.Assignee, Actors.Of(user), ct);
        if (!string.IsNullOrWhiteSpace(request.Assignee))
        {
            await TaskClaimSignal.PublishAsync(queries, publisher, id, loggers, ct);
        }

        return TypedResults.NoContent();
    }

    /// <summary>
    /// JSON <c>{ variables }</c>, or multipart/form-data with a <c>variables</c> part (the same JSON) and one file part
    /// per file, named by the form's file field. Checked against the task's form: 422 names refused keys and fields.
    /// </summary>
    public static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> CompleteAsync(
        Guid id, HttpRequest http, ClaimsPrincipal user, TaskCompletion completion, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        IReadOnlyDictionary<string, IReadOnlyList<Reports.Submit.IncomingMedia>> files = new Dictionary<string, IReadOnlyList<Reports.Submit.IncomingMedia>>();
        JsonElement? json;
        if (http.HasFormContentType)
        {
            var form = await http.ReadFormAsync(ct);
            json = form.TryGetValue("variables", out var text) && text.ToString().Length > 0 ? ParseVariables(text.ToString(), errors) : null;
            files = form.Files.GroupBy(f => f.Name).ToDictionary(
                g => g.Key, g => (IReadOnlyList<Reports.Submit.IncomingMedia>)[.. g.Select(f => new Reports.Submit.IncomingMedia(f.FileName, f.ContentType, f.Length, f.OpenReadStream))]);
        }
        else
        {
            json = http.ContentLength is 0 ? null : (await http.ReadFromJsonAsync<CompleteRequest>(ct))?.Variables;
        }

        var variables = Variables.Read(json, "variables", errors);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        if (await completion.CompleteAsync(id, Actors.Of(user), variables!, files, ct) is { } refused)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: "The task's form refuses these files",
                extensions: new Dictionary<string, object?> { ["errors"] = refused.InEnglish(), ["errorsVi"] = refused.All.ToDictionary(e => e.Key, e => new[] { e.Message.Vietnamese }) });
        }

        return TypedResults.NoContent();
    }

    private static JsonElement? ParseVariables(string text, Dictionary<string, string[]> errors)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            return document.RootElement.Clone();
        }
        catch (JsonException e)
        {
            errors["variables"] = [$"The variables part is not JSON: {e.Message}"];
            return null;
        }
    }
}
