using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LaiChau.Host.Web.Citizens;

/// <summary>
/// A submit challenge already answered: its id is the key, so only one host's insert can succeed and a replayed
/// challenge is refused on every host. Kept until the challenge would have expired anyway.
/// </summary>
public sealed class SpentChallengeRow
{
    public required string Id { get; init; }

    public DateTimeOffset ExpiresAt { get; init; }
}

internal sealed class SpentChallengeRowConfiguration : IEntityTypeConfiguration<SpentChallengeRow>
{
    public void Configure(EntityTypeBuilder<SpentChallengeRow> builder)
    {
        builder.ToTable("spent_challenges");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).HasMaxLength(SubmitChallenges.IdLength);
        builder.HasIndex(c => c.ExpiresAt); // the purge of expired ids
    }
}
