using System.Net;
using System.Net.Security;
using System.Net.Sockets;

namespace LaiChau.Host.Reports.Media.Remote;

/// <summary>The connection was refused because the host's address, or the address actually connected, is not allowed.</summary>
public sealed class RemoteAddressRefusedException() : IOException("The remote address is not allowed.");

/// <summary>
/// The HTTP handler of <c>media_url</c> fetches: no proxy, no cookies, no automatic redirects, no decompression, and a
/// connection made by hand — the host is resolved here, every address is checked, and the address of the socket
/// actually connected is checked again before a byte is sent, so a DNS answer that changes between a check and the
/// connection (rebinding) cannot lead inside.
/// </summary>
public static class RemoteFetchHandler
{
    public static SocketsHttpHandler Create(IRemoteAddressPolicy policy, RemoteCertificateValidationCallback? certificateCheck = null) => new()
    {
        AllowAutoRedirect = false,
        UseProxy = false,
        UseCookies = false,
        AutomaticDecompression = DecompressionMethods.None,
        PooledConnectionLifetime = TimeSpan.FromMinutes(1),
        SslOptions = new SslClientAuthenticationOptions { RemoteCertificateValidationCallback = certificateCheck },
        ConnectCallback = (context, ct) => ConnectAsync(policy, context.DnsEndPoint, ct),
    };

    private static async ValueTask<Stream> ConnectAsync(IRemoteAddressPolicy policy, DnsEndPoint endpoint, CancellationToken ct)
    {
        var addresses = IPAddress.TryParse(endpoint.Host, out var literal) ? [literal] : await Dns.GetHostAddressesAsync(endpoint.Host, ct);
        // A name with any address inside is refused whole: its other addresses are not to be trusted either.
        if (addresses.Length == 0 || !addresses.All(policy.Allows))
        {
            throw new RemoteAddressRefusedException();
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(addresses, endpoint.Port, ct);
            if (socket.RemoteEndPoint is not IPEndPoint connected || !policy.Allows(connected.Address))
            {
                throw new RemoteAddressRefusedException();
            }

            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
