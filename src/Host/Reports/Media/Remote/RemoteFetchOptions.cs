using Microsoft.Extensions.Options;

namespace LaiChau.Host.Reports.Media.Remote;

/// <summary>
/// <c>Reports:Media:RemoteFetch:*</c>: GeoReport v2's <c>media_url</c> is fetched only from these hosts, over HTTPS.
/// Empty (the default): <c>media_url</c> is refused and clients send their files themselves.
/// </summary>
public sealed class RemoteFetchOptions
{
    public const string Section = "Reports:Media:RemoteFetch";

    /// <summary>Host names (<c>media.example.vn</c>), or <c>*.example.vn</c> for its subdomains; compared without case.</summary>
    public string[] AllowedHosts { get; set; } = [];

    /// <summary>The whole fetch — connection, redirects, body — must end within this time.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Redirects followed, and only to the same host over HTTPS.</summary>
    public int MaxRedirects { get; set; } = 3;

    public bool Enabled => AllowedHosts.Length > 0;

    public bool Allows(string host) => AllowedHosts.Any(a => a.StartsWith("*.", StringComparison.Ordinal)
        ? host.EndsWith(a[1..], StringComparison.OrdinalIgnoreCase) && host.Length > a.Length - 1
        : string.Equals(a, host, StringComparison.OrdinalIgnoreCase));
}

/// <summary>Stops the app at start (exit code 2) on an allowed host that is not a bare host name, or limits that make no sense.</summary>
public sealed class RemoteFetchOptionsValidator : IValidateOptions<RemoteFetchOptions>
{
    public ValidateOptionsResult Validate(string? name, RemoteFetchOptions options)
    {
        var failures = new List<string>();
        foreach (var host in options.AllowedHosts)
        {
            var bare = host.StartsWith("*.", StringComparison.Ordinal) ? host[2..] : host;
            if (Uri.CheckHostName(bare) == UriHostNameType.Unknown || bare.Contains('*', StringComparison.Ordinal))
            {
                failures.Add($"{RemoteFetchOptions.Section}:AllowedHosts '{host}' must be a host name such as media.example.vn or *.example.vn (no scheme, port or path).");
            }
        }

        if (options.Timeout < TimeSpan.FromSeconds(1) || options.Timeout > TimeSpan.FromMinutes(2))
        {
            failures.Add($"{RemoteFetchOptions.Section}:Timeout must be between 1 second and 2 minutes.");
        }

        if (options.MaxRedirects is < 0 or > 10)
        {
            failures.Add($"{RemoteFetchOptions.Section}:MaxRedirects must be between 0 and 10.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
