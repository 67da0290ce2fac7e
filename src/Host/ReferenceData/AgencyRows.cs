using LaiChau.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LaiChau.Host.ReferenceData;

public enum AgencyKind
{
    /// <summary>A People's Committee of a unit: code <c>UBND-&lt;unit code&gt;</c>, the province's <c>UBND-TINH</c>.</summary>
    PeoplesCommittee,

    /// <summary>A provincial department or other handling body.</summary>
    Department,

    /// <summary>The monitoring centre, <c>SOC-IOC</c>.</summary>
    MonitoringCentre,
}

public enum MemberRole
{
    Officer,
    Leader,
}

/// <summary>
/// A handling agency. It takes reports only once it has exactly one focal leader (R12.1): the API refuses any change
/// that leaves a configured agency without one or with two. <see cref="Version"/> guards concurrent edits of it and
/// its members.
/// </summary>
public sealed class AgencyRow : IVersioned
{
    public Guid Id { get; init; }

    public required string Code { get; init; }

    public required string Name { get; set; }

    public AgencyKind Kind { get; set; }

    /// <summary>The administrative unit a People's Committee governs (the unit valid today with this code).</summary>
    public string? UnitCode { get; set; }

    public bool Active { get; set; }

    /// <summary>R7.3: the agency's own resolution limit in working days (at most <see cref="AgencyRules.MaxResolutionWorkingDays"/>), read by the process at the start of each handling.</summary>
    public int ResolutionWorkingDays { get; set; } = AgencyRules.MaxResolutionWorkingDays;

    public List<AgencyMemberRow> Members { get; init; } = [];

    public required string ChangedBy { get; set; }

    public long Version { get; set; }

    public AgencyMemberRow? FocalLeader => Members.SingleOrDefault(m => m.IsFocalLeader);
}

/// <summary>A staff member of an agency: the id they sign in with (what user tasks are assigned to), name and role.</summary>
public sealed class AgencyMemberRow
{
    public Guid AgencyId { get; init; }

    public required string UserId { get; init; }

    public required string FullName { get; set; }

    public MemberRole Role { get; set; }

    public bool IsFocalLeader { get; set; }
}

internal sealed class AgencyRowConfiguration : IEntityTypeConfiguration<AgencyRow>
{
    public void Configure(EntityTypeBuilder<AgencyRow> builder)
    {
        builder.ToTable("agencies");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Code).HasMaxLength(AgencyRules.MaxCodeLength);
        builder.HasIndex(a => a.Code).IsUnique();
        builder.Property(a => a.Name).HasMaxLength(AgencyRules.MaxNameLength);
        builder.Property(a => a.Kind).HasConversion<string>().HasMaxLength(24);
        builder.Property(a => a.UnitCode).HasMaxLength(AdminUnitRules.MaxCodeLength);
        builder.Property(a => a.ChangedBy).HasMaxLength(100);
        builder.Property(a => a.ResolutionWorkingDays).HasDefaultValue(AgencyRules.MaxResolutionWorkingDays);
        builder.Ignore(a => a.FocalLeader);
        builder.HasMany(a => a.Members).WithOne().HasForeignKey(m => m.AgencyId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AgencyMemberRowConfiguration : IEntityTypeConfiguration<AgencyMemberRow>
{
    public void Configure(EntityTypeBuilder<AgencyMemberRow> builder)
    {
        builder.ToTable("agency_members");
        builder.HasKey(m => new { m.AgencyId, m.UserId });
        builder.Property(m => m.UserId).HasMaxLength(AgencyRules.MaxUserIdLength);
        builder.Property(m => m.FullName).HasMaxLength(AgencyRules.MaxNameLength);
        builder.Property(m => m.Role).HasConversion<string>().HasMaxLength(16);
        builder.HasIndex(m => m.UserId);
    }
}

public static class AgencyRules
{
    public const int MaxCodeLength = 40;
    public const int MaxNameLength = 200;
    public const int MaxUserIdLength = 100;
    public const int MaxMembers = 500;
    public const string Province = "UBND-TINH";
    public const string MonitoringCentre = "SOC-IOC";

    /// <summary>R7.3: "tối đa không quá 05 ngày làm việc".</summary>
    public const int MaxResolutionWorkingDays = 5;

    /// <summary>R12.1: an agency takes reports once it is active with exactly one focal leader ("ready").</summary>
    public static readonly System.Linq.Expressions.Expression<Func<AgencyRow, bool>> IsReady =
        a => a.Active && a.Members.Count(m => m.IsFocalLeader) == 1;
}
