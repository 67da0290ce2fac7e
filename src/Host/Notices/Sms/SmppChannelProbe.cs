using LaiChau.Host.Health;
using LaiChau.Host.Notices.Sms.Smpp;
using Microsoft.Extensions.Options;

namespace LaiChau.Host.Notices.Sms;

/// <summary>Health's view of SMS: binds to the SMSC as sending would, then unbinds (degraded, not unhealthy, when it cannot).</summary>
public sealed class SmppChannelProbe(IOptions<SmsOptions> options, ILogger<SmppChannelProbe> logger) : IOutgoingChannelProbe
{
    public async Task<ChannelProbeResult> ProbeAsync(CancellationToken ct)
    {
        var sms = options.Value;
        if (string.IsNullOrWhiteSpace(sms.Host))
        {
            return new(true, "No SMSC configured: SMS are written as files under <data>/sms.");
        }

        var server = $"SMSC {sms.Host}:{sms.Port}";
        try
        {
            await using var link = await SmppLink.OpenAsync(sms, TimeProvider.System, NoReceipts.Instance, logger, ct); // network time, as the sender
            return new(true, $"{server} reachable; bound.");
        }
        catch (Exception e) when (e is IOException or SmppRefusedException || (e is OperationCanceledException && !ct.IsCancellationRequested))
        {
            return new(false, $"{server} cannot be bound ({e.GetType().Name}); SMS wait in their deliveries and are retried.");
        }
    }

    /// <summary>A probe's short link is not where receipts are expected; the SMSC resends any it could not hand over.</summary>
    private sealed class NoReceipts : ISmsReceiptSink
    {
        public static readonly NoReceipts Instance = new();

        public Task ReceiveAsync(SmsReceipt receipt, CancellationToken ct) => Task.FromException(new IOException("Receipts are not taken on a probe link."));
    }
}
