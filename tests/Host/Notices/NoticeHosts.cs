using LaiChau.Host.Tests.Infrastructure;

namespace LaiChau.Host.Tests.Notices;

internal static class NoticeHosts
{
    public const string Site = "https://phananh.laichau.gov.vn/";

    /// <summary>SMS go to a <see cref="Sms.TestSmsc"/> (or nothing) at this port; links use the production address.</summary>
    public static HostFactory WithSmsc(this HostFactory host, int port) => host
        .With("Notices:Sms:Host", "127.0.0.1").With("Notices:Sms:Port", $"{port}")
        .With("Notices:Sms:SystemId", "laichau").With("Notices:Sms:Password", "secret")
        .With("Reports:Letters:PublicBaseUrl", Site);
}
