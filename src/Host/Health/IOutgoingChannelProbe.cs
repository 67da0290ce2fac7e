namespace LaiChau.Host.Health;

/// <summary>What a probe of an outgoing channel found: reachable (or nothing to reach), and what to tell an operator.</summary>
public sealed record ChannelProbeResult(bool Reachable, string Description);

/// <summary>
/// An outgoing channel to citizens and staff — e-mail by SMTP today, SMS by SMPP later — as health sees it: connect
/// (and sign in, when the channel has credentials) without sending anything. A channel adds itself to <c>/health</c>
/// with <see cref="OutgoingChannelHealthChecks.AddOutgoingChannel{TProbe}"/> in its own setup.
/// </summary>
public interface IOutgoingChannelProbe
{
    /// <summary>Never throws for an unreachable channel: that is a result.</summary>
    Task<ChannelProbeResult> ProbeAsync(CancellationToken ct);
}
