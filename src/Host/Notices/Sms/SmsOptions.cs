using System.ComponentModel.DataAnnotations;

namespace LaiChau.Host.Notices.Sms;

/// <summary>
/// <c>Notices:Sms</c>: the SMS centre (SMSC) of the brand-name provider, over SMPP 3.4. Without <c>Host</c> (the embedded
/// default) every SMS is written as a text file under <c>&lt;data&gt;/sms/</c> instead of being sent.
/// </summary>
public sealed class SmsOptions : IValidatableObject
{
    public const string Section = "Notices:Sms";

    public string? Host { get; set; }

    [Range(1, 65535)]
    public int Port { get; set; } = 2775;

    /// <summary>The account the provider gave (bind_transceiver system_id, at most 15 ASCII characters).</summary>
    [MaxLength(15)]
    public string? SystemId { get; set; }

    [MaxLength(8)]
    public string? Password { get; set; }

    [MaxLength(12)]
    public string? SystemType { get; set; }

    /// <summary>The registered brand name (alphanumeric sender, at most 11 characters), e.g. <c>LAICHAU</c>.</summary>
    [MaxLength(20)]
    public string SourceAddress { get; set; } = "LAICHAU";

    /// <summary>The provider's contractual rate; submits are spaced to stay under it.</summary>
    [Range(0.1, 1000)]
    public double MessagesPerSecond { get; set; } = 10;

    /// <summary>How often an idle link is checked with enquire_link.</summary>
    [Range(typeof(TimeSpan), "00:00:05", "00:10:00")]
    public TimeSpan EnquireLinkInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long a response (bind, submit, enquire_link) may take before the link counts as broken.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan ResponseTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>After a failed connection the next one waits this long, doubling up to <see cref="ReconnectMaxDelay"/>.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan ReconnectDelay { get; set; } = TimeSpan.FromSeconds(5);

    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan ReconnectMaxDelay { get; set; } = TimeSpan.FromMinutes(5);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!string.IsNullOrWhiteSpace(Host) && string.IsNullOrWhiteSpace(SystemId))
        {
            yield return new ValidationResult("Notices:Sms:SystemId is required with Notices:Sms:Host.", [nameof(SystemId)]);
        }

        if (SourceAddress.Any(c => c is < ' ' or > '~'))
        {
            yield return new ValidationResult("Notices:Sms:SourceAddress must be ASCII.", [nameof(SourceAddress)]);
        }
    }
}
