using System.ComponentModel.DataAnnotations;

namespace LaiChau.Host.Mail;

public enum SmtpSecurity
{
    /// <summary>Plain SMTP (a relay on the same machine or network).</summary>
    None,

    /// <summary>STARTTLS on the submission port (587).</summary>
    StartTls,

    /// <summary>TLS from the first byte (465).</summary>
    Tls,
}

/// <summary>
/// <c>Mail</c>: how notices reach citizens. Without <c>Mail:Smtp:Host</c> (the embedded default) every message is
/// written as an .eml file under <c>&lt;data&gt;/mail/</c> instead of being sent.
/// </summary>
public sealed class MailOptions
{
    public const string Section = "Mail";

    [Required]
    [EmailAddress]
    public string FromAddress { get; set; } = "no-reply@laichau.invalid";

    [Required]
    public string FromName { get; set; } = "Hệ thống phản ánh hiện trường tỉnh Lai Châu";

    public SmtpSettings Smtp { get; set; } = new();

    public sealed class SmtpSettings
    {
        public string? Host { get; set; }

        [Range(1, 65535)]
        public int Port { get; set; } = 587;

        public SmtpSecurity Security { get; set; } = SmtpSecurity.StartTls;

        public string? User { get; set; }

        public string? Password { get; set; }

        /// <summary>How long one delivery may take before it counts as failed (the notice job then retries).</summary>
        [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
        public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
    }
}
