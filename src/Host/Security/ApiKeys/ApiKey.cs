using LaiChau.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LaiChau.Host.Security.ApiKeys;

/// <summary>A machine client's key. Only its SHA-256 hash is stored; the key itself is shown once, at creation.</summary>
public sealed class ApiKey : IVersioned
{
    public Guid Id { get; init; }

    public required string Name { get; set; }

    public required string Role { get; init; }

    /// <summary>The first characters of the key, so that an operator can tell keys apart.</summary>
    public required string Hint { get; init; }

    public required byte[] Hash { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? RevokedAt { get; set; }

    /// <summary>
    /// The external job types an integration key may fetch and report through <c>/api/v1/jobs</c> (ADR 0021); null or
    /// empty: none. Administrators' keys work every external type and carry none.
    /// </summary>
    public List<string>? JobTypes { get; init; }

    public long Version { get; set; }

    public bool IsActive => RevokedAt is null;
}

public static class ApiKeyRoles
{
    public const string Administrator = "Administrator";
    public const string Integration = "Integration";

    /// <summary>A staff member's personal key, named by their user id (agency membership gives their groups).</summary>
    public const string Staff = "Staff";

    public static readonly IReadOnlyList<string> All = [Administrator, Integration, Staff];

    /// <summary>Machine clients: job workers and message publishers (never a staff member's key).</summary>
    public static readonly IReadOnlyList<string> Machines = [Administrator, Integration];
}

internal sealed class ApiKeyConfiguration : IEntityTypeConfiguration<ApiKey>
{
    public void Configure(EntityTypeBuilder<ApiKey> builder)
    {
        builder.ToTable("api_keys");
        builder.Property(k => k.Name).HasMaxLength(ApiKeyRules.MaxNameLength);
        builder.Property(k => k.Role).HasMaxLength(32);
        builder.Property(k => k.Hint).HasMaxLength(16);
        builder.Property(k => k.Hash).HasMaxLength(32);
        builder.HasIndex(k => k.Hash).IsUnique();
        builder.Ignore(k => k.IsActive);
    }
}
