using System.Security.Cryptography;
using LaiChau.Host.Data;
using LaiChau.Host.ReferenceData;
using LaiChau.Host.Reports.Intake;
using LaiChau.Host.Reports.Process;
using LaiChau.Host.Security.Accounts;
using LaiChau.Host.Security.Staff;
using LaiChau.Workflows.Engine;
using Microsoft.EntityFrameworkCore;

namespace LaiChau.Host.Demo;

/// <summary>
/// The demo's people: two communes' People's Committees, a department, the monitoring centre and the provincial
/// committee made ready (one focal leader each, R12.1), a staff account for each member and an administrator. Passwords
/// are random and printed once, to the console only.
/// </summary>
internal sealed class DemoPeople(IServiceScopeFactory scopes, TimeProvider clock)
{
    public const string DoanKet = "UBND-03388", BinhLu = "UBND-03390", Department = "SO-XD";

    private static readonly (string Code, string? Name, AgencyKind Kind, string? Unit, (string User, string Name, MemberRole Role)[] Members)[] Agencies =
    [
        (DoanKet, null, AgencyKind.PeoplesCommittee, "03388", [("lan.le", "Lê Thị Lan", MemberRole.Leader), ("an.nguyen", "Nguyễn Văn An", MemberRole.Officer)]),
        (BinhLu, null, AgencyKind.PeoplesCommittee, "03390", [("hoa.vu", "Vũ Thị Hoa", MemberRole.Leader), ("minh.do", "Đỗ Văn Minh", MemberRole.Officer)]),
        (Department, "Sở Xây dựng tỉnh Lai Châu", AgencyKind.Department, null, [("binh.tran", "Trần Văn Bình", MemberRole.Leader), ("cuong.pham", "Phạm Văn Cường", MemberRole.Officer)]),
        (AgencyRules.MonitoringCentre, null, AgencyKind.MonitoringCentre, null, [("soc.leader", "Hoàng Văn Sơn", MemberRole.Leader), ("soc.officer", "Lò Thị Mai", MemberRole.Officer)]),
        (AgencyRules.Province, null, AgencyKind.PeoplesCommittee, "12", [("tinh.leader", "Giàng A Tỉnh", MemberRole.Leader), ("tinh.officer", "Tao Thị Thu", MemberRole.Officer)]),
    ];

    public const string Administrator = "quantri";

    private readonly List<(string User, string Name, string Role, string Password)> _accounts = [];

    /// <summary>Who acts for a candidate group: <c>agency:X</c> is X's officer, <c>leaders:X</c> its leader.</summary>
    public TaskActor ActorFor(string candidateGroup)
    {
        var (prefix, code) = (candidateGroup.Split(':')[0], candidateGroup.Split(':')[^1]);
        var agency = Agencies.Single(a => a.Code == code);
        var member = agency.Members.First(m => m.Role == (prefix == "leaders" ? MemberRole.Leader : MemberRole.Officer));
        List<string> groups = [StaffClaims.AgencyGroup(code)];
        if (member.Role == MemberRole.Leader)
        {
            groups.Add(StaffClaims.LeadersGroup(code));
        }

        return new TaskActor(member.User, groups, IsAdministrator: false, SeesAll: code == AgencyRules.MonitoringCentre);
    }

    public async Task<DemoPeople> MakeAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<AppDbContext>();
        foreach (var (code, name, kind, unit, members) in Agencies)
        {
            var current = await db.Agencies.AsNoTracking().FirstOrDefaultAsync(a => a.Code == code, ct);
            var request = new AgencyEndpoints.Request(
                name ?? current?.Name ?? code, kind.ToString(), unit, Active: true,
                [.. members.Select(m => new AgencyEndpoints.Member(m.User, m.Name, m.Role.ToString().ToLowerInvariant(), FocalLeader: m.Role == MemberRole.Leader))]);
            var (saved, _, errors) = await AgencyEndpoints.SaveAsync(code, request, "demo", db, clock, services.GetRequiredService<IntakeReferenceData>(), ct,
                services.GetRequiredService<AgencyDeadlines>());
            if (saved is null)
            {
                throw new InvalidOperationException($"Demo agency {code}: " + string.Join("; ", errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}")));
            }

            foreach (var (user, fullName, role) in members)
            {
                var title = code == AgencyRules.MonitoringCentre ? "centre" : role == MemberRole.Leader ? "leader" : "officer";
                await AccountAsync(services.GetRequiredService<StaffAccounts>(), user, fullName, $"{title} · {code}", []);
            }
        }

        await AccountAsync(services.GetRequiredService<StaffAccounts>(), Administrator, "Quản trị hệ thống", "administrator", [StaffRoles.Administrator]);
        return this;
    }

    public void Print(TextWriter output)
    {
        output.WriteLine("Demo: staff accounts (shown this once; sign in at /dang-nhap):");
        foreach (var (user, name, role, password) in _accounts)
        {
            output.WriteLine($"  {user,-14} {password,-20} {role,-22} {name}");
        }
    }

    private async Task AccountAsync(StaffAccounts accounts, string user, string name, string role, IReadOnlyList<string> roles)
    {
        var password = Password();
        var errors = await accounts.CreateAsync(new StaffAccounts.NewAccount(user, name, $"{user}@demo.laichau.invalid", password, roles));
        _accounts.Add((user, name, role, errors.Count == 0 ? password : "(account existed)"));
    }

    /// <summary>16 characters from letters and digits, at least one of each kind the policy asks for (a lower-case letter, a digit).</summary>
    private static string Password() =>
        RandomNumberGenerator.GetString("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789", 14)
        + RandomNumberGenerator.GetString("abcdefghijkmnpqrstuvwxyz", 1) + RandomNumberGenerator.GetString("23456789", 1);
}
