using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace LaiChau.Host.Web;

/// <summary>
/// <c>Web:ForwardedHeaders:*</c>: the reverse proxies (nginx, a load balancer) whose X-Forwarded-For and
/// X-Forwarded-Proto are believed. Empty (the default): the headers are ignored and the client is the socket's peer.
/// </summary>
public sealed class ForwardedHeadersSettings
{
    public const string Section = "Web:ForwardedHeaders";

    /// <summary>Proxy addresses, e.g. <c>10.0.0.5</c> or <c>::1</c>.</summary>
    public List<string> KnownProxies { get; set; } = [];

    /// <summary>Proxy networks in CIDR notation, e.g. <c>10.0.0.0/24</c>.</summary>
    public List<string> KnownNetworks { get; set; } = [];

    public bool Enabled => KnownProxies.Count > 0 || KnownNetworks.Count > 0;
}

/// <summary>Every entry must parse: a typo would otherwise trust nobody (or, worse, be silently dropped).</summary>
public sealed class ForwardedHeadersSettingsValidator : IValidateOptions<ForwardedHeadersSettings>
{
    public ValidateOptionsResult Validate(string? name, ForwardedHeadersSettings options)
    {
        var failures = new List<string>();
        for (var i = 0; i < options.KnownProxies.Count; i++)
        {
            if (!IPAddress.TryParse(options.KnownProxies[i]?.Trim(), out _))
            {
                failures.Add($"{ForwardedHeadersSettings.Section}:KnownProxies:{i} '{options.KnownProxies[i]}' is not an IP address (e.g. 10.0.0.5).");
            }
        }

        for (var i = 0; i < options.KnownNetworks.Count; i++)
        {
            if (!System.Net.IPNetwork.TryParse(options.KnownNetworks[i]?.Trim(), out _))
            {
                failures.Add($"{ForwardedHeadersSettings.Section}:KnownNetworks:{i} '{options.KnownNetworks[i]}' is not a network in CIDR notation, host bits zero (e.g. 10.0.0.0/24).");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}

/// <summary>
/// Behind a reverse proxy every request comes from the proxy's address, so the citizens' rate limit (per client
/// address) would lump everyone together. With trusted proxies configured, ASP.NET Core's forwarded-headers middleware
/// takes the client address and scheme from the headers those proxies add — and from no one else, so a client cannot
/// dodge the limit by sending its own X-Forwarded-For.
/// </summary>
public static class TrustedProxies
{
    public static WebApplicationBuilder AddTrustedProxies(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<ForwardedHeadersSettings>().BindConfiguration(ForwardedHeadersSettings.Section)
            .Configure<IConfiguration>((o, config) =>
            {
                // One value with commas (Web__ForwardedHeaders__KnownProxies="10.0.0.5,10.0.0.6") as well as a list.
                o.KnownProxies.AddRange(Split(config[$"{ForwardedHeadersSettings.Section}:KnownProxies"]));
                o.KnownNetworks.AddRange(Split(config[$"{ForwardedHeadersSettings.Section}:KnownNetworks"]));
            })
            .ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<ForwardedHeadersSettings>, ForwardedHeadersSettingsValidator>();
        builder.Services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<ForwardedHeadersSettings>>((o, settings) =>
        {
            var s = settings.Value;
            // The framework trusts loopback by default; only what the operator names is trusted here.
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            if (!s.Enabled)
            {
                o.ForwardedHeaders = ForwardedHeaders.None; // the middleware then does nothing
                return;
            }

            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // Every trusted hop is unwrapped (e.g. a load balancer before nginx); the walk from the right stops at the
            // first address that is not a trusted proxy, which is the client.
            o.ForwardLimit = null;
            s.KnownProxies.ForEach(p => o.KnownProxies.Add(IPAddress.Parse(p.Trim())));
            s.KnownNetworks.ForEach(n => o.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(n.Trim())));
        });
        return builder;
    }

    private static string[] Split(string? value) =>
        value?.Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];

    /// <summary>First in the pipeline, so that logging, rate limits and everything after see the client.</summary>
    public static WebApplication UseTrustedProxies(this WebApplication app)
    {
        app.UseForwardedHeaders();
        return app;
    }
}
