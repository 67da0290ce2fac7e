namespace LaiChau.Host.Reports.Intake;

/// <summary>Why a report needs an officer's eye at routing (R6).</summary>
public enum RoutingFlag
{
    /// <summary>The point is in no commune: the commune the reporter chose was used.</summary>
    OutsideEveryPolygon,

    /// <summary>The point's commune and the reporter's choice differ: the point's was used.</summary>
    ChosenCommuneDiffers,

    /// <summary>Neither the point nor the reporter names a commune: the monitoring centre routes it by hand.</summary>
    NoCommune,

    /// <summary>The lead agency is not set up (no focal leader yet): the monitoring centre takes it meanwhile.</summary>
    LeadAgencyNotReady,
}

/// <summary>The outcome of R6: the unit the report is in, the lead agency, and anything the officer must check.</summary>
public sealed record RoutingDecision(string? CommuneCode, string LeadAgency, IReadOnlyList<RoutingFlag> Flags);

/// <summary>
/// R6: the lead agency is the People's Committee of the commune that contains the point, unless the category sends
/// the report to a department. When no polygon contains the point the reporter's chosen commune is used; when both
/// exist and disagree the point wins and the report is flagged; an agency not yet set up hands over to SOC-IOC.
/// </summary>
public static class Routing
{
    public const string MonitoringCentre = "SOC-IOC";

    /// <summary>The agency R6 points to before its readiness is known: the category's department, else the commune's committee.</summary>
    public static string? CandidateLead(string? locatedCommune, string? chosenCommune, string? categoryDepartment) =>
        categoryDepartment ?? ((locatedCommune ?? chosenCommune) is { } commune ? $"UBND-{commune}" : null);

    public static RoutingDecision Decide(string? locatedCommune, string? chosenCommune, string? categoryDepartment, Func<string, bool> agencyIsReady)
    {
        ArgumentNullException.ThrowIfNull(agencyIsReady);
        var flags = new List<RoutingFlag>();
        var commune = locatedCommune ?? chosenCommune;
        if (locatedCommune is null && chosenCommune is not null)
        {
            flags.Add(RoutingFlag.OutsideEveryPolygon);
        }
        else if (locatedCommune is not null && chosenCommune is not null && locatedCommune != chosenCommune)
        {
            flags.Add(RoutingFlag.ChosenCommuneDiffers);
        }

        var lead = CandidateLead(locatedCommune, chosenCommune, categoryDepartment);
        if (lead is null)
        {
            flags.Add(RoutingFlag.NoCommune);
            return new RoutingDecision(null, MonitoringCentre, flags);
        }

        if (!agencyIsReady(lead))
        {
            flags.Add(RoutingFlag.LeadAgencyNotReady);
            lead = MonitoringCentre;
        }

        return new RoutingDecision(commune, lead, flags);
    }
}
