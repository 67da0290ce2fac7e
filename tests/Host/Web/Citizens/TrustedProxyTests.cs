using System.Net;
using System.Text;
using LaiChau.Host.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;

namespace LaiChau.Host.Tests.Web.Citizens;

/// <summary>
/// Behind a reverse proxy (<c>Web:ForwardedHeaders</c>): the citizens' rate limit counts each client the trusted proxy
/// names, and an X-Forwarded-For from anyone else is ignored. Requests carry the socket's peer address explicitly.
/// </summary>
public sealed class TrustedProxyTests : IAsyncLifetime
{
    private static readonly IPAddress Proxy = IPAddress.Parse("10.0.0.5");

    private HostFactory _host = null!;

    public Task InitializeAsync()
    {
        _host = new HostFactory().With("Web:Citizens:SubmitPermitLimit", "2")
            .With("Web:ForwardedHeaders:KnownProxies:0", "10.0.0.5")
            .With("Web:ForwardedHeaders:KnownNetworks:0", "192.168.10.0/24");
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task RateLimit_TwoClientsBehindATrustedProxy_AreLimitedSeparately()
    {
        Assert.NotEqual(429, await PostAsync(Proxy, "203.0.113.1"));
        Assert.NotEqual(429, await PostAsync(Proxy, "203.0.113.1"));
        Assert.Equal(429, await PostAsync(Proxy, "203.0.113.1"));

        // Another citizen behind the same proxy still has their own permits.
        Assert.NotEqual(429, await PostAsync(Proxy, "203.0.113.2"));
        // A proxy of the trusted network, the header chain read from the right: the client is the last untrusted hop.
        Assert.NotEqual(429, await PostAsync(IPAddress.Parse("192.168.10.7"), "198.51.100.99, 203.0.113.2"));
        Assert.Equal(429, await PostAsync(Proxy, "203.0.113.2"));
    }

    [Fact]
    public async Task RateLimit_AForgedForwardedForFromAnUntrustedSender_IsIgnored()
    {
        var sender = IPAddress.Parse("198.51.100.7");
        Assert.NotEqual(429, await PostAsync(sender, "203.0.113.10"));
        Assert.NotEqual(429, await PostAsync(sender, "203.0.113.11"));

        Assert.Equal(429, await PostAsync(sender, "203.0.113.12"));
        // Nor can a client put a trusted proxy's address in the header to pass as someone else.
        Assert.Equal(429, await PostAsync(sender, "203.0.113.13, 10.0.0.5"));
    }

    [Fact]
    public async Task Request_FromATrustedProxy_TakesTheClientAndSchemeFromItsHeaders()
    {
        var forwarded = await SendAsync(Proxy, "GET", "/health", "203.0.113.20", proto: "https");
        var untrusted = await SendAsync(IPAddress.Parse("198.51.100.8"), "GET", "/health", "203.0.113.21", proto: "https");

        Assert.Equal(IPAddress.Parse("203.0.113.20"), forwarded.Connection.RemoteIpAddress);
        Assert.Equal("https", forwarded.Request.Scheme);
        Assert.Equal(IPAddress.Parse("198.51.100.8"), untrusted.Connection.RemoteIpAddress);
        Assert.Equal("http", untrusted.Request.Scheme);
    }

    [Fact]
    public async Task WithoutTrustedProxies_TheHeadersAreIgnoredEvenFromLoopback()
    {
        await using var plain = new HostFactory();
        var context = await plain.Server.SendAsync(c =>
        {
            c.Connection.RemoteIpAddress = IPAddress.Loopback; // the framework's own default would trust loopback
            c.Request.Method = "GET";
            c.Request.Path = "/health";
            c.Request.Headers["X-Forwarded-For"] = "203.0.113.30";
        });

        Assert.Equal(IPAddress.Loopback, context.Connection.RemoteIpAddress);
    }

    private async Task<int> PostAsync(IPAddress peer, string forwardedFor) =>
        (await SendAsync(peer, "POST", "/gui-phan-anh", forwardedFor)).Response.StatusCode;

    private Task<HttpContext> SendAsync(IPAddress peer, string method, string path, string forwardedFor, string? proto = null) =>
        _host.Server.SendAsync(c =>
        {
            c.Connection.RemoteIpAddress = peer;
            c.Request.Method = method;
            c.Request.Path = path;
            c.Request.Headers["X-Forwarded-For"] = forwardedFor;
            if (proto is not null)
            {
                c.Request.Headers["X-Forwarded-Proto"] = proto;
            }

            if (method == "POST")
            {
                c.Request.ContentType = "application/x-www-form-urlencoded";
                c.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes("description=x"));
            }
        });
}
