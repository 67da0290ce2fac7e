using System.Security.Claims;
using LaiChau.Host.Security.ApiKeys;
using LaiChau.Workflows.Engine;
using Microsoft.Extensions.Options;

namespace LaiChau.Host.Workflows;

/// <summary>
/// Who may fetch and report jobs of a type through <c>/api/v1/jobs</c> (ADR 0021). A type that this host's
/// <see cref="IJobHandler"/>s handle (notice, report-state, alert, …) never: its effects (a receipt e-mailed, a report's
/// state) must not be skipped by a client completing the job. An external type (<c>Workflows:Workers:ExternalTypes</c>):
/// administrators' keys, and integration keys scoped to it.
/// </summary>
public sealed class JobTypeAccess(IEnumerable<IJobHandler> handlers, IOptions<JobWorkerOptions> options)
{
    private readonly HashSet<string> _hostTypes = [.. handlers.Select(h => h.Type)];

    public bool IsHandledHere(string type) => _hostTypes.Contains(type);

    public bool IsExternal(string type) => !IsHandledHere(type) && options.Value.ExternalTypes.Contains(type, StringComparer.Ordinal);

    /// <summary>Null when the caller may work jobs of <paramref name="type"/>, else why not (the 403's detail).</summary>
    public string? Refusal(ClaimsPrincipal user, string type)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (IsHandledHere(type))
        {
            return $"Jobs of type '{type}' are handled inside this host: they can be neither fetched nor reported through the API.";
        }

        if (user.IsInRole(ApiKeyRoles.Administrator) || user.HasClaim(ApiKeyRules.JobTypeClaim, type))
        {
            return null;
        }

        return $"This key is not scoped to job type '{type}': an administrator issues integration keys with the job types they work.";
    }
}
