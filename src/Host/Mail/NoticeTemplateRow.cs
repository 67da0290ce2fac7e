using LaiChau.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LaiChau.Host.Mail;

/// <summary>An administrator's version of a notice (issue 6 point 4); without a row the shipped text applies.</summary>
public sealed class NoticeTemplateRow : IVersioned
{
    public required string Kind { get; init; }

    public required string Subject { get; set; }

    public required string Text { get; set; }

    /// <summary>The SMS text (issue 17); null keeps the shipped one.</summary>
    public string? Sms { get; set; }

    public required string ChangedBy { get; set; }

    public DateTimeOffset ChangedAt { get; set; }

    public long Version { get; set; }
}

internal sealed class NoticeTemplateRowConfiguration : IEntityTypeConfiguration<NoticeTemplateRow>
{
    public void Configure(EntityTypeBuilder<NoticeTemplateRow> builder)
    {
        builder.ToTable("notice_templates");
        builder.HasKey(t => t.Kind);
        builder.Property(t => t.Kind).HasMaxLength(32);
        builder.Property(t => t.Subject).HasMaxLength(NoticeTemplateEndpoints.MaxSubjectLength);
        builder.Property(t => t.Text).HasMaxLength(NoticeTemplateEndpoints.MaxTextLength);
        builder.Property(t => t.Sms).HasMaxLength(NoticeTemplateEndpoints.MaxSmsLength);
        builder.Property(t => t.ChangedBy).HasMaxLength(100);
    }
}
