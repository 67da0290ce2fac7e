using System.Security.Claims;
using System.Text;
using LaiChau.Workflows.Bpmn;
using LaiChau.Workflows.Engine;
using LaiChau.Workflows.Engine.Rows;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LaiChau.Host.Workflows;

/// <summary><c>/api/v1/definitions</c>: deploy BPMN files as versions, list them, read one back with its XML.</summary>
public static class DefinitionEndpoints
{
    public sealed record Deployed(string Key, int Version, Guid Id, IReadOnlyList<Deployment> Processes);

    public sealed record Details(
        Guid Id, string Key, int Version, string? Name, string Hash, DateTimeOffset DeployedAt, string? DeployedBy, string? ChangeNote, string Xml);

    public static void Map(RouteGroupBuilder group)
    {
        group.MapPost("", DeployAsync).Accepts<string>("application/xml", "text/xml", "application/bpmn+xml")
            .WithSummary("Deploy one BPMN file (or only check it with validateOnly=true)");
        group.MapGet("", (WorkflowQueries queries, CancellationToken ct) => queries.FindDefinitionsAsync(ct)).WithSummary("Deployed versions");
        group.MapGet("{key}/versions/{version:int}", GetAsync).WithSummary("One version with its XML");
    }

    /// <summary>
    /// 201 for a new version; 200 with the existing version when the same XML was deployed before.
    /// <c>?validateOnly=true</c> checks the file as a deploy would and deploys nothing: 204 when valid (the designer's check).
    /// <c>?changeNote=</c> is stored with a new version (the publisher's note, at most 500 characters).
    /// </summary>
    public static async Task<Results<Created<Deployed>, Ok<Deployed>, NoContent, ValidationProblem, ProblemHttpResult>> DeployAsync(
        HttpRequest request, ClaimsPrincipal user, WorkflowDeployments deploy, bool? validateOnly, string? changeNote, CancellationToken ct)
    {
        if (changeNote?.Length > ProcessDefinitionRow.ChangeNoteMaxLength)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["changeNote"] = [$"Ghi chú thay đổi dài tối đa {ProcessDefinitionRow.ChangeNoteMaxLength} ký tự."],
            });
        }

        var xml = await ReadBodyAsync(request, ct);
        if (xml is null)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status413PayloadTooLarge,
                title: "BPMN file too large",
                detail: $"A BPMN file may have at most {BpmnReader.MaxBytes / 1024 / 1024} MB.");
        }

        if (validateOnly == true)
        {
            deploy.ValidateDefinition(xml); // invalid: 422 with the errors, through the exception mapper
            return TypedResults.NoContent();
        }

        var deployments = await deploy.DeployAsync(xml, user.Identity?.Name, changeNote, ct);
        var first = deployments[0];
        var body = new Deployed(first.Key, first.Version, first.Id, deployments);
        return deployments.Any(d => d.IsNew)
            ? TypedResults.Created($"/api/v1/definitions/{Uri.EscapeDataString(first.Key)}/versions/{first.Version}", body)
            : TypedResults.Ok(body);
    }

    public static async Task<Details> GetAsync(string key, int version, WorkflowQueries queries, CancellationToken ct)
    {
        var (d, xml) = await queries.GetDefinitionAsync(key, version, ct);
        return new Details(d.Id, d.Key, d.Version, d.Name, d.Hash, d.DeployedAt, d.DeployedBy, d.ChangeNote, xml);
    }

    /// <summary>The body as text, or null past the BPMN size limit (read no further than the limit).</summary>
    private static async Task<string?> ReadBodyAsync(HttpRequest request, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > BpmnReader.MaxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        // A byte-order mark decides the encoding (UTF-16 files from Windows editors), else UTF-8.
        buffer.Position = 0;
        using var reader = new StreamReader(buffer, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return await reader.ReadToEndAsync(ct);
    }
}
