using System.Security.Claims;
using System.Text.RegularExpressions;
using LaiChau.Host.Data;
using LaiChau.Host.Reports.Intake;
using LaiChau.Host.Security.ApiKeys;
using LaiChau.Workflows.Time;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace LaiChau.Host.ReferenceData;

/// <summary><c>/api/v1/agencies</c>: handling agencies, their staff and their one focal leader (R12.1).</summary>
public static partial class AgencyEndpoints
{
    public sealed record Member(string? UserId, string? FullName, string? Role, bool FocalLeader);

    /// <param name="ResolutionWorkingDays">R7.3: the agency's own limit, 1 to 5 working days; left out: unchanged (5 for a new agency).</param>
    public sealed record Request(string? Name, string? Kind, string? UnitCode, bool Active, List<Member>? Members, int? ResolutionWorkingDays = null);

    public sealed record Agency(
        string Code, string Name, string Kind, string? UnitCode, bool Active, bool Ready, Member? FocalLeader, IReadOnlyList<Member> Members, int ResolutionWorkingDays)
    {
        public static Agency Of(AgencyRow a)
        {
            var members = a.Members.OrderBy(m => m.UserId, StringComparer.Ordinal)
                .Select(m => new Member(m.UserId, m.FullName, m.Role.ToString().ToLowerInvariant(), m.IsFocalLeader)).ToList();
            return new(a.Code, a.Name, Camel(a.Kind), a.UnitCode, a.Active, a.Active && a.FocalLeader is not null, members.SingleOrDefault(m => m.FocalLeader), members,
                a.ResolutionWorkingDays);
        }

        private static string Camel(AgencyKind kind) => char.ToLowerInvariant(kind.ToString()[0]) + kind.ToString()[1..];
    }

    public static void Map(RouteGroupBuilder group)
    {
        group.RequireAuthorization(ApiKeysSetup.AdministratorPolicy);
        group.MapGet("", async (AppDbContext db, CancellationToken ct) =>
            (await db.Agencies.AsNoTracking().Include(a => a.Members).OrderBy(a => a.Code).ToListAsync(ct)).Select(Agency.Of).ToList()).WithSummary("Handling agencies with their staff and focal leader");
        group.MapGet("{code}", GetAsync).WithSummary("One agency with its staff and focal leader");
        group.MapPut("{code}", PutAsync).WithSummary("Create or replace an agency and its staff (exactly one focal leader, R12.1)");
    }

    public static async Task<Results<Ok<Agency>, NotFound>> GetAsync(string code, AppDbContext db, CancellationToken ct) =>
        await db.Agencies.AsNoTracking().Include(a => a.Members).FirstOrDefaultAsync(a => a.Code == code, ct) is { } agency
            ? TypedResults.Ok(Agency.Of(agency))
            : TypedResults.NotFound();

    /// <summary>Creates or replaces an agency with its whole staff list, in one change.</summary>
    public static async Task<Results<Ok<Agency>, Created<Agency>, ValidationProblem>> PutAsync(
        string code, Request request, ClaimsPrincipal user, AppDbContext db, TimeProvider clock, IntakeReferenceData intake,
        Reports.Process.AgencyDeadlines deadlines, CancellationToken ct)
    {
        var (body, created, errors) = await SaveAsync(code, request, user.Identity?.Name ?? "unknown", db, clock, intake, ct, deadlines);
        if (body is null)
        {
            return TypedResults.ValidationProblem(errors);
        }

        return created ? TypedResults.Created($"/api/v1/agencies/{code}", body) : TypedResults.Ok(body);
    }

    /// <summary>
    /// Validates and saves an agency with its whole staff list (the API's PUT and the administration page), or gives the
    /// field errors (keys: code, name, kind, unitCode, members, members[i].*, members.focalLeader) and saves nothing.
    /// </summary>
    public static async Task<(Agency? Agency, bool Created, Dictionary<string, string[]> Errors)> SaveAsync(
        string code, Request request, string changedBy, AppDbContext db, TimeProvider clock, IntakeReferenceData intake, CancellationToken ct,
        Reports.Process.AgencyDeadlines? deadlines = null)
    {
        var errors = await ValidateAsync(code, request, db, clock, ct);
        if (errors.Count > 0)
        {
            return (null, false, errors);
        }

        var agency = await db.Agencies.Include(a => a.Members).FirstOrDefaultAsync(a => a.Code == code, ct);
        var created = agency is null;
        agency ??= db.Agencies.Add(new AgencyRow { Id = Guid.CreateVersion7(), Code = code, Name = "", ChangedBy = "" }).Entity;
        agency.Name = request.Name!.Trim();
        agency.Kind = Enum.Parse<AgencyKind>(request.Kind!, ignoreCase: true);
        agency.UnitCode = request.UnitCode;
        agency.Active = request.Active;
        agency.ResolutionWorkingDays = request.ResolutionWorkingDays ?? agency.ResolutionWorkingDays;
        agency.ChangedBy = changedBy;
        ReplaceMembers(agency, request.Members ?? []);
        db.Entry(agency).Property(a => a.ChangedBy).IsModified = true; // a staff-only change still bumps the version
        await db.SaveChangesAsync(ct);
        intake.Invalidate(); // intakes on this host see the change at once
        if (deadlines is not null)
        {
            await deadlines.ReloadAsync(ct); // and the next handling that starts reads the new limit (R7.3)
        }
        return (Agency.Of(agency), created, errors);
    }

    /// <summary>Members kept by user id are updated in place (same key), the others removed or added.</summary>
    private static void ReplaceMembers(AgencyRow agency, List<Member> members)
    {
        var wanted = members.ToDictionary(m => m.UserId!.Trim(), StringComparer.Ordinal);
        agency.Members.RemoveAll(m => !wanted.ContainsKey(m.UserId));
        foreach (var (userId, m) in wanted)
        {
            var row = agency.Members.Find(x => x.UserId == userId);
            if (row is null)
            {
                row = new AgencyMemberRow { AgencyId = agency.Id, UserId = userId, FullName = "" };
                agency.Members.Add(row);
            }

            row.FullName = m.FullName!.Trim();
            row.Role = Enum.Parse<MemberRole>(m.Role!, ignoreCase: true);
            row.IsFocalLeader = m.FocalLeader;
        }
    }

    private static async Task<Dictionary<string, string[]>> ValidateAsync(
        string code, Request request, AppDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        if (!Code().IsMatch(code))
        {
            errors["code"] = [$"An agency code is 2 to {AgencyRules.MaxCodeLength} capital letters, digits and dashes (UBND-03388, SO-GTVT)."];
        }

        if (string.IsNullOrWhiteSpace(request.Name) || request.Name.Length > AgencyRules.MaxNameLength)
        {
            errors["name"] = [$"The name is required (at most {AgencyRules.MaxNameLength} characters)."];
        }

        if (!Enum.TryParse<AgencyKind>(request.Kind, ignoreCase: true, out var kind) || !Enum.IsDefined(kind))
        {
            errors["kind"] = ["The kind is peoplesCommittee, department or monitoringCentre."];
        }
        else if (KindProblem(code, kind, request.UnitCode) is { } problem)
        {
            errors["kind"] = [problem];
        }
        else if (kind == AgencyKind.PeoplesCommittee && !await UnitIsCurrentAsync(db, request.UnitCode!, clock, ct))
        {
            errors["unitCode"] = [$"No administrative unit {request.UnitCode} is valid today."];
        }

        if (request.ResolutionWorkingDays is < 1 or > AgencyRules.MaxResolutionWorkingDays)
        {
            errors["resolutionWorkingDays"] = [$"R7.3: an agency's limit is 1 to {AgencyRules.MaxResolutionWorkingDays} working days."];
        }

        MembersProblems(request, errors);
        return errors;
    }

    private static string? KindProblem(string code, AgencyKind kind, string? unitCode) => kind switch
    {
        AgencyKind.PeoplesCommittee when unitCode is null => "A People's Committee names its unit (unitCode).",
        AgencyKind.PeoplesCommittee when code != (unitCode == "12" ? AgencyRules.Province : $"UBND-{unitCode}") =>
            $"A People's Committee's code is UBND-<unit code> (the province's {AgencyRules.Province}).",
        AgencyKind.MonitoringCentre when code != AgencyRules.MonitoringCentre => $"The monitoring centre's code is {AgencyRules.MonitoringCentre}.",
        not AgencyKind.PeoplesCommittee when unitCode is not null => "Only a People's Committee has a unit.",
        _ => null,
    };

    /// <summary>R12.1: an agency with staff, or that takes reports, has exactly one focal leader, who is a leader.</summary>
    private static void MembersProblems(Request request, Dictionary<string, string[]> errors)
    {
        var members = request.Members ?? [];
        if (members.Count > AgencyRules.MaxMembers)
        {
            errors["members"] = [$"At most {AgencyRules.MaxMembers} members."];
            return;
        }

        for (var i = 0; i < members.Count; i++)
        {
            var m = members[i];
            if (string.IsNullOrWhiteSpace(m.UserId) || m.UserId.Length > AgencyRules.MaxUserIdLength)
            {
                errors[$"members[{i}].userId"] = [$"The user id is required (at most {AgencyRules.MaxUserIdLength} characters)."];
            }

            if (string.IsNullOrWhiteSpace(m.FullName) || m.FullName.Length > AgencyRules.MaxNameLength)
            {
                errors[$"members[{i}].fullName"] = ["The full name is required."];
            }

            if (!Enum.TryParse<MemberRole>(m.Role, ignoreCase: true, out var role) || !Enum.IsDefined(role))
            {
                errors[$"members[{i}].role"] = ["The role is officer or leader."];
            }
            else if (m.FocalLeader && role != MemberRole.Leader)
            {
                errors[$"members[{i}].focalLeader"] = ["The focal point is one of the agency's leaders (R12.1)."];
            }
        }

        if (members.Select(m => m.UserId?.Trim()).GroupBy(u => u, StringComparer.Ordinal).Any(g => g.Count() > 1))
        {
            errors["members"] = ["A user appears twice."];
        }

        var focal = members.Count(m => m.FocalLeader);
        if ((members.Count > 0 || request.Active) && focal != 1)
        {
            errors["members.focalLeader"] = [$"An agency names exactly one leader as its focal point (R12.1); this one names {focal}."];
        }
    }

    private static async Task<bool> UnitIsCurrentAsync(AppDbContext db, string unitCode, TimeProvider clock, CancellationToken ct)
    {
        var today = VietnamTime.Today(clock);
        var units = await db.AdminUnits.AsNoTracking().Where(u => u.Code == unitCode).ToListAsync(ct);
        return units.Any(u => u.IsValidOn(today));
    }

    [GeneratedRegex("^[A-Z0-9][A-Z0-9-]{1,39}$", RegexOptions.CultureInvariant)]
    private static partial Regex Code();
}
