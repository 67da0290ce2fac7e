using System.Net.Sockets;
using LaiChau.Host.Health;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;

namespace LaiChau.Host.Mail;

/// <summary>Health's view of e-mail: connects to the SMTP server (and signs in) as sending would, then quits.</summary>
public sealed class SmtpChannelProbe(IOptions<MailOptions> options) : IOutgoingChannelProbe
{
    /// <summary>Health answers within seconds, whatever <c>Mail:Smtp:Timeout</c> allows a delivery.</summary>
    private static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(5);

    public async Task<ChannelProbeResult> ProbeAsync(CancellationToken ct)
    {
        var smtp = options.Value.Smtp;
        if (string.IsNullOrWhiteSpace(smtp.Host))
        {
            return new(true, "No SMTP server configured: notices are written as .eml files under <data>/mail.");
        }

        var server = $"SMTP server {smtp.Host}:{smtp.Port}";
        try
        {
            using var client = await SmtpConnection.OpenAsync(smtp, smtp.Timeout < MaxWait ? smtp.Timeout : MaxWait, ct);
            await client.DisconnectAsync(quit: true, ct);
            return new(true, $"{server} reachable{(string.IsNullOrEmpty(smtp.User) ? "" : "; signed in")}.");
        }
        catch (Exception e) when (e is SocketException or IOException or TimeoutException or ServiceNotConnectedException
            or SmtpCommandException or SmtpProtocolException or AuthenticationException or SslHandshakeException
            || (e is OperationCanceledException && !ct.IsCancellationRequested))
        {
            // Never the exception's text in full: it may quote the server's greeting or the user name.
            return new(false, $"{server} cannot be reached ({e.GetType().Name}); notices wait in their jobs and are retried.");
        }
    }
}
