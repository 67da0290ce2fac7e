using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LaiChau.Host.Notices;

/// <summary>
/// One notice to a reporter (issue 17), rendered once by the <c>notice</c> job. The texts address the reporter by name
/// and carry the secret link, so they are kept encrypted (R5.5); <see cref="PublicText"/> is what anyone may read
/// (null for confidential and state-secret reports, R7.1a/R7.1b).
/// </summary>
public sealed class NoticeRow
{
    public Guid Id { get; init; }

    /// <summary>The notice job that wrote it: a retried job finds its notice instead of writing a second one.</summary>
    public Guid JobId { get; init; }

    public required string ReportCode { get; init; }

    /// <summary>
    /// Empty for a notice to the report's reporter; otherwise the staff account (user name) an urgent alert goes to (R2.2),
    /// whose e-mail and encrypted phone are read at each try. Staff notices are never shown to the reporter.
    /// </summary>
    public string StaffRecipientId { get; init; } = "";

    public required string Kind { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public required string SubjectProtected { get; init; }

    public required string TextProtected { get; init; }

    public required string SmsTextProtected { get; init; }

    public string? PublicText { get; init; }

    /// <summary>The result letter that goes with the e-mail (R7.1 step 5); never for a state-secret report (R7.1b).</summary>
    public Guid? LetterId { get; init; }
}

internal sealed class NoticeRowConfiguration : IEntityTypeConfiguration<NoticeRow>
{
    public void Configure(EntityTypeBuilder<NoticeRow> builder)
    {
        builder.ToTable("notices");
        builder.HasKey(n => n.Id);
        // One notice per job and recipient: a retried job finds its notices (R5.7 followers and R2.2 staff share the job).
        builder.HasIndex(n => new { n.JobId, n.ReportCode, n.StaffRecipientId }).IsUnique();
        builder.Property(n => n.StaffRecipientId).HasMaxLength(256);
        builder.HasIndex(n => new { n.ReportCode, n.CreatedAt });
        builder.Property(n => n.ReportCode).HasMaxLength(20);
        builder.Property(n => n.Kind).HasMaxLength(32);
        builder.Property(n => n.PublicText).HasMaxLength(8000);
    }
}
