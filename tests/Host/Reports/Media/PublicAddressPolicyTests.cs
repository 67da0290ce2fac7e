using System.Net;
using LaiChau.Host.Reports.Media.Remote;

namespace LaiChau.Host.Tests.Reports.Media;

/// <summary>Issue 19: a <c>media_url</c> fetch connects to public unicast addresses only.</summary>
public sealed class PublicAddressPolicyTests
{
    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("127.255.0.9")]
    [InlineData("10.1.2.3")]
    [InlineData("172.16.0.1")]
    [InlineData("172.31.255.254")]
    [InlineData("192.168.1.1")]
    [InlineData("100.64.0.1")]
    [InlineData("169.254.169.254")] // cloud metadata
    [InlineData("0.0.0.0")]
    [InlineData("224.0.0.1")]
    [InlineData("255.255.255.255")]
    [InlineData("::")]
    [InlineData("::1")]
    [InlineData("fe80::1")]
    [InlineData("fd00::1")]
    [InlineData("ff02::1")]
    [InlineData("::ffff:127.0.0.1")]
    [InlineData("::ffff:10.0.0.1")]
    [InlineData("64:ff9b::a9fe:a9fe")] // NAT64 of 169.254.169.254
    [InlineData("2001:db8::1")]
    public void InsideAddresses_AreRefused(string address) => Assert.False(new PublicAddressPolicy().Allows(IPAddress.Parse(address)));

    [Theory]
    [InlineData("8.8.8.8")]
    [InlineData("14.225.0.1")]
    [InlineData("172.32.0.1")]
    [InlineData("2404:6800:4005::1")]
    [InlineData("::ffff:8.8.8.8")]
    [InlineData("64:ff9b::808:808")] // NAT64 of 8.8.8.8
    public void PublicAddresses_AreAllowed(string address) => Assert.True(new PublicAddressPolicy().Allows(IPAddress.Parse(address)));
}
