using System.Security.Claims;
using System.Text.Json;
using LaiChau.Host.Security.ApiKeys;
using LaiChau.Workflows.Engine;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LaiChau.Host.Workflows;

/// <summary>
/// <c>/api/v1/jobs</c>: workers outside the app (types listed in <c>Workflows:Workers:ExternalTypes</c>) fetch and
/// lock jobs, then report with the lease token they got — as this host's own workers do in process. Who may work
/// which type is <see cref="JobTypeAccess"/>'s: never a type handled here, an external type with a key scoped to it.
/// </summary>
public static class JobEndpoints
{
    public sealed record ActivateRequest(string? Type, string? Worker, int? MaxJobs, string? Lease);

    public sealed record CompleteRequest(Guid? LeaseToken, JsonElement? Variables);

    public sealed record FailRequest(Guid? LeaseToken, int? Retries, string? Backoff, string? Message);

    public sealed record ErrorRequest(Guid? LeaseToken, string? Code, string? Message, JsonElement? Variables);

    public static void Map(RouteGroupBuilder group)
    {
        group.RequireAuthorization(p => p.RequireRole(ApiKeyRoles.Machines));
        group.MapPost("activate", ActivateAsync).WithSummary("Fetch and lock jobs of a type");
        var reports = group.MapGroup("{id:guid}").AddEndpointFilter(MayReportAsync);
        reports.MapPost("complete", CompleteAsync).WithSummary("Complete a locked job");
        reports.MapPost("fail", FailAsync).WithSummary("Report a failure (retried, or an incident when no retries are left)");
        reports.MapPost("error", ErrorAsync).WithSummary("Throw a BPMN error from a job");
    }

    public static async Task<Results<Ok<IReadOnlyList<ActivatedJob>>, ValidationProblem, ProblemHttpResult>> ActivateAsync(
        ActivateRequest request, ClaimsPrincipal user, JobTypeAccess access, WorkflowJobs jobs, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        Require(errors, "type", request.Type);
        Require(errors, "worker", request.Worker);
        if (request.MaxJobs is < 1 or > 100)
        {
            errors["maxJobs"] = ["Between 1 and 100 jobs per fetch."];
        }

        var lease = IsoDurations.Read(errors, "lease", request.Lease, TimeSpan.FromSeconds(1), TimeSpan.FromDays(1));
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        if (access.Refusal(user, request.Type!) is { } refusal)
        {
            return Forbidden(request.Type!, refusal);
        }

        return TypedResults.Ok(await jobs.ActivateJobsAsync(request.Type!, request.Worker!, request.MaxJobs ?? 10, lease, ct));
    }

    /// <summary>Complete, fail and error name a job: its type decides, as for fetching (an unknown id goes on to the engine's 404).</summary>
    private static async ValueTask<object?> MayReportAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var id = Guid.Parse((string)http.Request.RouteValues["id"]!, System.Globalization.CultureInfo.InvariantCulture);
        var queries = http.RequestServices.GetRequiredService<WorkflowQueries>();
        if (await queries.FindJobTypeAsync(id, http.RequestAborted) is { } type
            && http.RequestServices.GetRequiredService<JobTypeAccess>().Refusal(http.User, type) is { } refusal)
        {
            return Forbidden(type, refusal);
        }

        return await next(context);
    }

    private static ProblemHttpResult Forbidden(string type, string detail) => TypedResults.Problem(
        statusCode: StatusCodes.Status403Forbidden, title: "Not allowed for this job type", detail: detail,
        extensions: new Dictionary<string, object?> { ["jobType"] = type });

    public static async Task<Results<NoContent, ValidationProblem>> CompleteAsync(
        Guid id, CompleteRequest request, WorkflowJobs jobs, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var variables = Variables.Read(request.Variables, "variables", errors);
        RequireLease(errors, request.LeaseToken);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        await jobs.CompleteJobAsync(id, request.LeaseToken, variables!, ct);
        return TypedResults.NoContent();
    }

    public static async Task<Results<NoContent, ValidationProblem>> FailAsync(
        Guid id, FailRequest request, WorkflowJobs jobs, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        RequireLease(errors, request.LeaseToken);
        if (request.Retries is not (>= 0 and <= 100))
        {
            errors["retries"] = ["The retries left (0 to 100) are required; 0 raises an incident."];
        }

        var backoff = IsoDurations.Read(errors, "backoff", request.Backoff, TimeSpan.Zero, TimeSpan.FromDays(7));
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        await jobs.FailJobAsync(id, request.LeaseToken, request.Retries!.Value, backoff ?? TimeSpan.Zero, request.Message, ct);
        return TypedResults.NoContent();
    }

    public static async Task<Results<NoContent, ValidationProblem>> ErrorAsync(
        Guid id, ErrorRequest request, WorkflowJobs jobs, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        RequireLease(errors, request.LeaseToken);
        Require(errors, "code", request.Code);
        var variables = Variables.Read(request.Variables, "variables", errors);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        await jobs.ThrowErrorAsync(id, request.LeaseToken, request.Code!, request.Message, variables!, ct);
        return TypedResults.NoContent();
    }

    private static void Require(Dictionary<string, string[]> errors, string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Length > 200)
        {
            errors[field] = [$"'{field}' is required (at most 200 characters)."];
        }
    }

    /// <summary>External workers always prove they hold the job: the lease token from the fetch.</summary>
    private static void RequireLease(Dictionary<string, string[]> errors, Guid? leaseToken)
    {
        if (leaseToken is null || leaseToken == Guid.Empty)
        {
            errors["leaseToken"] = ["The lease token returned by /api/v1/jobs/activate is required."];
        }
    }
}
