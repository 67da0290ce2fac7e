using System.Net;

namespace LaiChau.Host.Reports.Media.Remote;

/// <summary>Which addresses a <c>media_url</c> fetch may connect to.</summary>
public interface IRemoteAddressPolicy
{
    bool Allows(IPAddress address);
}

/// <summary>
/// Public unicast addresses only: never loopback, private, shared (CGNAT), link-local, multicast, unspecified,
/// documentation or reserved ranges, in IPv4 or IPv6 — an IPv4 address mapped into IPv6, or behind the NAT64 prefix,
/// is judged as the IPv4 it carries. A fetch that could reach the server's own network would let anyone probe it (SSRF).
/// </summary>
public sealed class PublicAddressPolicy : IRemoteAddressPolicy
{
    private static readonly IPNetwork Nat64 = IPNetwork.Parse("64:ff9b::/96");

    private static readonly IPNetwork[] Refused =
    [
        .. new[]
        {
            "0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10", "127.0.0.0/8", "169.254.0.0/16", "172.16.0.0/12", "192.0.0.0/24",
            "192.0.2.0/24", "192.88.99.0/24", "192.168.0.0/16", "198.18.0.0/15", "198.51.100.0/24", "203.0.113.0/24",
            "224.0.0.0/4", "240.0.0.0/4",
            "::/96", "::1/128", "64:ff9b:1::/48", "100::/64", "2001::/23", "2001:db8::/32", "2002::/16", "fc00::/7",
            "fe80::/10", "fec0::/10", "ff00::/8",
        }.Select(IPNetwork.Parse),
    ];

    public bool Allows(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }
        else if (Nat64.Contains(address))
        {
            address = new IPAddress(address.GetAddressBytes()[12..]);
        }

        return !Refused.Any(network => network.Contains(address));
    }
}
