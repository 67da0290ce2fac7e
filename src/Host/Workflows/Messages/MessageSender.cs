using System.Security.Claims;
using LaiChau.Host.Security.ApiKeys;
using LaiChau.Host.Security.Staff;
using Sender = LaiChau.Workflows.Bpmn.ZeebeVocabulary.Sender;

namespace LaiChau.Host.Workflows.Messages;

/// <summary>
/// Who publishes a message (ADR 0021): the kinds of sender they act as, checked against what the definitions allow,
/// and the name the audit records.
/// </summary>
public sealed record MessageSender(IReadOnlySet<string> Kinds, string Actor)
{
    /// <summary>The caller's task groups (<c>agency:X</c>, <c>leaders:X</c>): a message's rule may ask for a leader (R7.6).</summary>
    public IReadOnlySet<string> Groups { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>The audit's name for a reporter who used the secret tracking link.</summary>
    public const string TrackingLinkActor = "citizen (tracking link)";

    /// <summary>
    /// A signed-in caller: administrators are the system, integration keys integrations, members of an agency staff,
    /// members of the monitoring centre the centre too. Never a citizen: only the citizens' own routes make one.
    /// </summary>
    public static MessageSender Of(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var kinds = new HashSet<string>(StringComparer.Ordinal);
        if (user.IsInRole(ApiKeyRoles.Administrator))
        {
            kinds.Add(Sender.System);
        }

        if (user.IsInRole(ApiKeyRoles.Integration))
        {
            kinds.Add(Sender.Integration);
        }

        if (StaffClaims.Agencies(user).Count > 0)
        {
            kinds.Add(Sender.Staff);
        }

        if (user.IsInRole(StaffClaims.MonitoringCentreRole))
        {
            kinds.Add(Sender.Centre);
        }

        var groups = user.FindAll(StaffClaims.GroupClaim).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        return new MessageSender(kinds, user.Identity?.Name ?? "unknown") { Groups = groups };
    }

    /// <summary>The host itself, publishing what the process asked to observe (e.g. <c>task-claimed</c>, R2.2).</summary>
    public static MessageSender System(string actor) => new(new HashSet<string>([Sender.System], StringComparer.Ordinal), actor);

    /// <summary>The reporter, through the tracking link or the client app that submitted the report (<paramref name="actor"/>: its key's name).</summary>
    public static MessageSender Citizen(string actor) => new(new HashSet<string>([Sender.Citizen], StringComparer.Ordinal), actor);
}
