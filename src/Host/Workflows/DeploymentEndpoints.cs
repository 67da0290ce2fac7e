using System.Security.Claims;
using System.Text;
using LaiChau.Workflows.Bpmn;
using LaiChau.Workflows.Engine;
using LaiChau.Workflows.Engine.Rows;
using LaiChau.Workflows.Forms;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LaiChau.Host.Workflows;

/// <summary>
/// <c>POST /api/v1/deployments</c> (issue 16 point 1): BPMN files and the Camunda Forms their user tasks link, deployed
/// together as one deployment (multipart/form-data, one part per file, named <c>*.bpmn</c> or <c>*.form</c>).
/// </summary>
public static class DeploymentEndpoints
{
    public const int MaxResources = 50;

    public sealed record Deployed(IReadOnlyList<Deployment> Processes, IReadOnlyList<FormDeployment> Forms);

    public static void Map(RouteGroupBuilder group) => group.MapPost("", DeployAsync).DisableAntiforgery()
        .WithSummary("Deploy BPMN files and the forms their user tasks link, together")
        .AddOpenApiOperationTransformer(ApiDocs.MultipartBodies.Deployment);

    /// <summary>
    /// 201 when anything is new, 200 when every file was deployed before with the same content; <c>?validateOnly=true</c>:
    /// the checks alone, 204. A change note (form field <c>changeNote</c>, at most 500 characters) goes with new versions.
    /// </summary>
    public static async Task<Results<Created<Deployed>, Ok<Deployed>, NoContent, ValidationProblem, ProblemHttpResult>> DeployAsync(
        HttpRequest request, ClaimsPrincipal user, WorkflowDeployments deployments, bool? validateOnly, CancellationToken ct)
    {
        if (!request.HasFormContentType)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "multipart/form-data expected",
                detail: "Send each .bpmn and .form file as a part of a multipart/form-data body.");
        }

        var form = await request.ReadFormAsync(ct);
        var errors = new Dictionary<string, string[]>();
        var note = form["changeNote"].ToString();
        if (note.Length > ProcessDefinitionRow.ChangeNoteMaxLength)
        {
            errors["changeNote"] = [$"A change note has at most {ProcessDefinitionRow.ChangeNoteMaxLength} characters."];
        }

        var resources = await ReadAsync(form.Files, errors, ct);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        if (validateOnly == true)
        {
            await deployments.ValidateDeploymentAsync(resources, ct); // invalid: 422 with every error, through the exception mapper
            return TypedResults.NoContent();
        }

        var result = await deployments.DeployResourcesAsync(resources, user.Identity?.Name, note, ct);
        var body = new Deployed(result.Processes, result.Forms);
        return result.Processes.Any(p => p.IsNew) || result.Forms.Any(f => f.IsNew)
            ? TypedResults.Created("/api/v1/definitions", body)
            : TypedResults.Ok(body);
    }

    private static async Task<List<DeploymentResource>> ReadAsync(IFormFileCollection files, Dictionary<string, string[]> errors, CancellationToken ct)
    {
        var resources = new List<DeploymentResource>();
        if (files.Count is 0 or > MaxResources)
        {
            errors["resources"] = [$"A deployment has 1 to {MaxResources} files (.bpmn, .form)."];
            return resources;
        }

        foreach (var file in files)
        {
            var name = Path.GetFileName(file.FileName);
            var probe = new DeploymentResource(name, "");
            var limit = probe.IsForm ? FormReader.MaxBytes : BpmnReader.MaxBytes;
            if (!probe.IsForm && !probe.IsBpmn)
            {
                errors[$"resources[{name}]"] = ["Only .bpmn and .form files are deployed."];
            }
            else if (file.Length > limit)
            {
                errors[$"resources[{name}]"] = [$"At most {limit / 1024} KB."];
            }
            else
            {
                using var reader = new StreamReader(file.OpenReadStream(), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
                resources.Add(probe with { Content = await reader.ReadToEndAsync(ct) });
            }
        }

        return resources;
    }
}
