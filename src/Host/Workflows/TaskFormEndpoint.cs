using System.Security.Claims;
using System.Text.Json;
using LaiChau.Workflows.Engine;
using LaiChau.Workflows.Forms;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LaiChau.Host.Workflows;

/// <summary>
/// <c>GET /api/v1/tasks/{id}/form</c>: what a client needs to show a task's form as the case page does — the form
/// version the task keeps (its schema as deployed) and the options of its choices; never the process's variables.
/// </summary>
public static class TaskFormEndpoint
{
    public sealed record Response(string FormId, int Version, JsonElement Schema, IReadOnlyDictionary<string, IReadOnlyList<FormOption>> Options);

    public static async Task<Results<Ok<Response>, ProblemHttpResult>> GetAsync(Guid id, ClaimsPrincipal user, WorkflowQueries queries, CancellationToken ct)
    {
        if (await queries.GetTaskFormAsync(id, Actors.Of(user), ct) is not { } form)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No form", detail: "This task has no form: it is completed without variables.");
        }

        var (_, json) = await queries.GetFormAsync(form.FormId, form.FormVersion, ct);
        using var schema = JsonDocument.Parse(json);
        return TypedResults.Ok(new Response(form.FormId, form.FormVersion, schema.RootElement.Clone(), form.Options));
    }
}
