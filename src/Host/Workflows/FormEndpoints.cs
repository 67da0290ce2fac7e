using System.Text.Json;
using LaiChau.Workflows.Engine;

namespace LaiChau.Host.Workflows;

/// <summary><c>/api/v1/forms</c>: the deployed Camunda Forms, every version, and one version with its schema (the designer's form list and editor).</summary>
public static class FormEndpoints
{
    public sealed record Details(Guid Id, string FormId, int Version, DateTimeOffset DeployedAt, string? DeployedBy, string? ChangeNote, JsonElement Schema);

    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("", (WorkflowQueries queries, CancellationToken ct) => queries.FindFormsAsync(ct)).WithSummary("Deployed forms, every version");
        group.MapGet("{formId}", (string formId, WorkflowQueries queries, CancellationToken ct) => GetAsync(formId, null, queries, ct)).WithSummary("The latest version of a form with its schema");
        group.MapGet("{formId}/versions/{version:int}", (string formId, int version, WorkflowQueries queries, CancellationToken ct) => GetAsync(formId, version, queries, ct)).WithSummary("One version of a form with its schema");
    }

    private static async Task<Details> GetAsync(string formId, int? version, WorkflowQueries queries, CancellationToken ct)
    {
        var (f, json) = await queries.GetFormAsync(formId, version, ct);
        using var document = JsonDocument.Parse(json);
        return new Details(f.Id, f.FormId, f.Version, f.DeployedAt, f.DeployedBy, f.ChangeNote, document.RootElement.Clone());
    }
}
