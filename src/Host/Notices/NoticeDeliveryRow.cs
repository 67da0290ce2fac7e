using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LaiChau.Host.Notices;

public static class NoticeChannels
{
    public const string Email = "email";
    public const string Sms = "sms";
}

public static class DeliveryStates
{
    public const string Pending = "pending";
    public const string Sent = "sent";

    /// <summary>Still failing when the retry horizon (<c>Notices:Retry:Horizon</c>) ran out.</summary>
    public const string Expired = "expired";
}

/// <summary>
/// One notice on one channel (issue 17): each is sent and retried on its own, so an outage of one channel delays only
/// its deliveries. Marked sent in the same update that records the provider's ids.
/// </summary>
public sealed class NoticeDeliveryRow
{
    public Guid Id { get; init; }

    public Guid NoticeId { get; init; }

    public required string ReportCode { get; init; }

    public required string Channel { get; init; }

    public string State { get; set; } = DeliveryStates.Pending;

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset NextAttemptAt { get; set; }

    public int Attempts { get; set; }

    /// <summary>The exception type of the last failure only: its text can quote the address (R5.5).</summary>
    public string? LastError { get; set; }

    /// <summary>Set once the delivery has failed for <c>Notices:Retry:IncidentAfter</c>: the outage is shown, retries go on.</summary>
    public DateTimeOffset? IncidentAt { get; set; }

    public DateTimeOffset? SentAt { get; set; }

    /// <summary>SMS parts the SMSC accepted (the retry goes on from the next part); 1 for a sent e-mail.</summary>
    public int PartsAccepted { get; set; }

    /// <summary>Stable per delivery: the SMS user_message_reference and concatenation reference, the e-mail Message-ID.</summary>
    public int Reference { get; init; }

    /// <summary>A host working on this delivery holds it until then (several hosts share the table).</summary>
    public DateTimeOffset? LeaseUntil { get; set; }
}

/// <summary>One SMS part the SMSC accepted, found again by its message id when the delivery receipt comes.</summary>
public sealed class SmsPartRow
{
    public Guid DeliveryId { get; init; }

    public int Part { get; init; }

    public required string MessageId { get; init; }
}

/// <summary>
/// A delivery receipt (deliver_sm) by the SMSC's message id. Its own table, not a column of the part: a receipt can
/// arrive before the part that it confirms is saved.
/// </summary>
public sealed class SmsReceiptRow
{
    public required string MessageId { get; init; }

    public required string State { get; set; }

    public DateTimeOffset ReceivedAt { get; set; }
}

internal sealed class NoticeDeliveryRowConfiguration : IEntityTypeConfiguration<NoticeDeliveryRow>, IEntityTypeConfiguration<SmsPartRow>, IEntityTypeConfiguration<SmsReceiptRow>
{
    public void Configure(EntityTypeBuilder<NoticeDeliveryRow> builder)
    {
        builder.ToTable("notice_deliveries");
        builder.HasKey(d => d.Id);
        builder.HasIndex(d => new { d.State, d.NextAttemptAt });
        builder.HasIndex(d => d.NoticeId);
        builder.HasOne<NoticeRow>().WithMany().HasForeignKey(d => d.NoticeId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(d => d.ReportCode).HasMaxLength(20);
        builder.Property(d => d.Channel).HasMaxLength(8);
        builder.Property(d => d.State).HasMaxLength(16);
        builder.Property(d => d.LastError).HasMaxLength(200);
    }

    public void Configure(EntityTypeBuilder<SmsPartRow> builder)
    {
        builder.ToTable("notice_sms_parts");
        builder.HasKey(p => new { p.DeliveryId, p.Part });
        builder.HasIndex(p => p.MessageId);
        builder.HasOne<NoticeDeliveryRow>().WithMany().HasForeignKey(p => p.DeliveryId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(p => p.MessageId).HasMaxLength(65);
    }

    public void Configure(EntityTypeBuilder<SmsReceiptRow> builder)
    {
        builder.ToTable("notice_sms_receipts");
        builder.HasKey(r => r.MessageId);
        builder.Property(r => r.MessageId).HasMaxLength(65);
        builder.Property(r => r.State).HasMaxLength(16);
    }
}

/// <summary>One pending delivery per channel of a notice, due at once (the dispatcher sends and retries each on its own).</summary>
public static class NoticeDeliveryRows
{
    public static void Add(Data.AppDbContext db, NoticeRow notice, IEnumerable<string> channels)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(notice);
        ArgumentNullException.ThrowIfNull(channels);
        foreach (var channel in channels)
        {
            db.NoticeDeliveries.Add(new NoticeDeliveryRow
            {
                Id = Guid.NewGuid(), NoticeId = notice.Id, ReportCode = notice.ReportCode, Channel = channel, CreatedAt = notice.CreatedAt,
                NextAttemptAt = notice.CreatedAt, Reference = Random.Shared.Next(1, ushort.MaxValue),
            });
        }
    }
}
