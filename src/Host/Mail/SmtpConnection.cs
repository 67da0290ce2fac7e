using MailKit.Net.Smtp;
using MailKit.Security;

namespace LaiChau.Host.Mail;

/// <summary>A connected (and, with a user, signed-in) SMTP client for the configured server: what sending and health share.</summary>
internal static class SmtpConnection
{
    public static async Task<SmtpClient> OpenAsync(MailOptions.SmtpSettings settings, TimeSpan timeout, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(settings.Host);
        var smtp = new SmtpClient { Timeout = (int)timeout.TotalMilliseconds };
        try
        {
            var security = settings.Security switch
            {
                SmtpSecurity.None => SecureSocketOptions.None,
                SmtpSecurity.Tls => SecureSocketOptions.SslOnConnect,
                _ => SecureSocketOptions.StartTls,
            };
            await smtp.ConnectAsync(settings.Host, settings.Port, security, ct);
            if (!string.IsNullOrEmpty(settings.User))
            {
                await smtp.AuthenticateAsync(settings.User, settings.Password ?? "", ct);
            }

            return smtp;
        }
        catch
        {
            smtp.Dispose();
            throw;
        }
    }
}
