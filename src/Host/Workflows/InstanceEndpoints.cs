using System.Text.Json;
using LaiChau.Host.Security.DesignerSignIn;
using LaiChau.Workflows.Engine;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LaiChau.Host.Workflows;

/// <summary><c>/api/v1/instances</c>: start, list, read, journal, cancel.</summary>
public static class InstanceEndpoints
{
    public sealed record StartRequest(string? DefinitionKey, int? Version, string? BusinessKey, JsonElement? Variables);

    public sealed record Started(Guid Id);

    public sealed record VariablesRequest(Guid? ScopeId, JsonElement? Variables);

    public sealed record MigrateRequest(int? TargetVersion, Dictionary<string, string>? Mapping);

    public sealed record JournalItem(int Sequence, string Type, DateTimeOffset At, JsonElement Data);

    public static void Map(RouteGroupBuilder group)
    {
        group.MapPost("", StartAsync).WithSummary("Start an instance (latest version unless version)");
        group.MapGet("", FindAsync).WithSummary("Instances, keyset-paged");
        // The designer reads one instance, its journal (the path) and migrates it; nothing else here takes its session.
        group.MapGet("{id:guid}", (Guid id, WorkflowQueries queries, CancellationToken ct) => queries.GetInstanceAsync(id, ct)).AcceptsDesignerSession()
            .WithSummary("One instance with its active elements and variables");
        group.MapGet("{id:guid}/journal", JournalAsync).AcceptsDesignerSession().WithSummary("Every event of an instance, in order");
        group.MapPost("{id:guid}/variables", SetVariablesAsync).WithSummary("Set variables (e.g. before retrying an incident)");
        group.MapPost("{id:guid}/migrate", MigrateAsync).AcceptsDesignerSession().WithSummary("Move an instance to another version");
        group.MapPost("{id:guid}/cancel", async (Guid id, WorkflowInstances instances, CancellationToken ct) =>
        {
            await instances.CancelAsync(id, ct);
            return TypedResults.NoContent();
        }).WithSummary("Terminate every token");
    }

    public static async Task<Results<Created<Started>, ValidationProblem>> StartAsync(
        StartRequest request, WorkflowInstances instances, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(request.DefinitionKey))
        {
            errors["definitionKey"] = ["The key (BPMN process id) of a deployed process is required."];
        }

        if (request.Version is < 1)
        {
            errors["version"] = ["A version is a whole number from 1."];
        }

        if (request.BusinessKey is { Length: > 200 })
        {
            errors["businessKey"] = ["A business key has at most 200 characters."];
        }

        var variables = Variables.Read(request.Variables, "variables", errors);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var id = await instances.StartAsync(new StartInstance(request.DefinitionKey!, request.Version, request.BusinessKey, variables!), ct);
        return TypedResults.Created($"/api/v1/instances/{id}", new Started(id));
    }

    public static async Task<Results<Ok<Page<InstanceSummary>>, ValidationProblem>> FindAsync(
        string? businessKey, string? definitionKey, string? state, string? after, int? limit, WorkflowQueries queries, CancellationToken ct)
    {
        InstanceStateFilter? filter = null;
        if (state is not null)
        {
            if (!Enum.TryParse<InstanceStateFilter>(state, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed))
            {
                return TypedResults.ValidationProblem(new Dictionary<string, string[]>
                {
                    ["state"] = ["State is one of active, completed, terminated, incident."],
                });
            }

            filter = parsed;
        }

        return TypedResults.Ok(await queries.FindInstancesAsync(new InstanceQuery(businessKey, definitionKey, filter, after, limit ?? 50), ct));
    }

    /// <summary>Sets variables of the instance or of one of its scopes (e.g. before retrying an incident).</summary>
    public static async Task<Results<NoContent, ValidationProblem>> SetVariablesAsync(
        Guid id, VariablesRequest request, WorkflowInstances instances, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var variables = Variables.Read(request.Variables, "variables", errors);
        if (request.Variables is null)
        {
            errors["variables"] = ["Give the variables to set as a JSON object."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        await instances.SetVariablesAsync(id, request.ScopeId, variables!, ct);
        return TypedResults.NoContent();
    }

    /// <summary>Moves the instance to another version with an element mapping; <c>?dryRun=true</c> only checks.</summary>
    public static async Task<Results<Ok<MigrationResult>, ValidationProblem>> MigrateAsync(
        Guid id, bool? dryRun, MigrateRequest request, WorkflowMigrations migrations, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        if (request.TargetVersion is not > 0)
        {
            errors["targetVersion"] = ["The version to move to is required (a whole number from 1)."];
        }

        if (request.Mapping is not { Count: > 0 })
        {
            errors["mapping"] = ["The mapping is required: { \"sourceElementId\": \"targetElementId\", … } for every waiting element."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        return TypedResults.Ok(await migrations.MigrateAsync(id, request.TargetVersion!.Value, request.Mapping!, dryRun ?? false, ct));
    }

    public static async Task<IReadOnlyList<JournalItem>> JournalAsync(Guid id, WorkflowQueries queries, CancellationToken ct) =>
        [.. (await queries.GetJournalAsync(id, ct)).Select(e => new JournalItem(e.Sequence, e.Type, e.At, JournalCodec.Fields(e.Data)))];
}
