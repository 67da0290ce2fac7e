using System.Text.Json;
using LaiChau.Workflows.Engine;

namespace LaiChau.Host.Workflows;

/// <summary><c>/api/v1/forms</c>: the deployed Camunda Forms, every version, and one version with its schema (the designer's form list and editor).</summary>
public static class FormEndpoints
{
    public sealed record Details(Guid Id, string FormId, int Version, DateTimeOffset DeployedAt, string? DeployedBy, string? ChangeNote, JsonElement Schema);

    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("", (WorkflowEngine engine, CancellationToken ct) => engine.FindFormsAsync(ct)).WithSummary("Deployed forms, every version");
        group.MapGet("{formId}", (string formId, WorkflowEngine engine, CancellationToken ct) => GetAsync(formId, null, engine, ct)).WithSummary("The latest version of a form with its schema");
        group.MapGet("{formId}/versions/{version:int}", (string formId, int version, WorkflowEngine engine, CancellationToken ct) => GetAsync(formId, version, engine, ct)).WithSummary("One version of a form with its schema");
    }

    private static async Task<Details> GetAsync(string formId, int? version, WorkflowEngine engine, CancellationToken ct)
    {
        var (f, json) = await engine.GetFormAsync(formId, version, ct);
        using var document = JsonDocument.Parse(json);
        return new Details(f.Id, f.FormId, f.Version, f.DeployedAt, f.DeployedBy, f.ChangeNote, document.RootElement.Clone());
    }
}
