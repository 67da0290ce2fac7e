using Microsoft.Extensions.Options;

namespace LaiChau.Host.Notices.Sms.Smpp;

/// <summary>
/// SMS through the provider's SMSC: one shared bound link, opened on demand and again after a drop, with a back-off
/// between failed connections (doubling up to <see cref="SmsOptions.ReconnectMaxDelay"/>), and submits spaced to the
/// provider's rate. Nothing here waits for a retry: a failure throws at once and the delivery is retried later.
/// </summary>
public sealed partial class SmppSmsSender(
    IOptions<SmsOptions> options, TimeProvider clock, ISmsReceiptSink receipts, ILogger<SmppSmsSender> logger) : ISmsSender, IAsyncDisposable
{
    /// <summary>
    /// Network time: response timeouts, enquire_link and pacing are limits of the wire, in real time whatever clock the
    /// app runs on; when to retry a delivery (and to reconnect) is business time, on the injected clock.
    /// </summary>
    private static readonly TimeProvider Network = TimeProvider.System;

    private readonly SemaphoreSlim _gate = new(1, 1);
    private SmppLink? _link;
    private DateTimeOffset _nextConnect = DateTimeOffset.MinValue;
    private TimeSpan _reconnectDelay = TimeSpan.Zero;
    private DateTimeOffset _nextSubmit = DateTimeOffset.MinValue;

    public async Task<SmsSent> SendAsync(SmsMessage message, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(message);
        var parts = SmsParts.Split(message.Text);
        var accepted = new List<string>();
        await _gate.WaitAsync(ct);
        try
        {
            for (var i = message.SkipParts; i < parts.Count; i++)
            {
                var link = await LinkAsync(accepted, ct);
                await PaceAsync(ct);
                var udh = parts.Count == 1 ? null : SmsParts.Header((byte)message.Reference, parts.Count, i + 1);
                SmppPdu response;
                try
                {
                    response = await link.RequestAsync(SmppCommand.SubmitSm, SmppPdus.SubmitSm(options.Value, message.PhoneNumber, message.Reference, parts[i], udh), ct);
                }
                catch (Exception e) when (e is IOException or ObjectDisposedException)
                {
                    // The answer was lost with the link: whether the SMSC took this part is unknown (see ADR 0022).
                    throw new SmsSendException("The SMPP link dropped during a submit.", accepted, inner: e);
                }

                if (SmppStatus.IsTransient(response.Status))
                {
                    LogThrottled(logger, response.Status);
                    throw new SmsSendException($"The SMSC asked to slow down (status 0x{response.Status:X2}).", accepted, throttled: true);
                }

                if (response.Status != SmppStatus.Ok)
                {
                    throw new SmsSendException($"The SMSC refused the SMS (status 0x{response.Status:X2}).", accepted,
                        inner: new SmppRefusedException("submit_sm refused", response.Status));
                }

                accepted.Add(SmppPdus.MessageId(response.Body));
            }

            return new SmsSent(accepted);
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<SmppLink> LinkAsync(List<string> accepted, CancellationToken ct)
    {
        if (_link is { IsBroken: false } open)
        {
            return open;
        }

        if (_link is not null)
        {
            await _link.DisposeAsync();
            _link = null;
        }

        var now = clock.GetUtcNow();
        if (now < _nextConnect)
        {
            throw new SmsSendException($"The SMSC is unreachable; next connection after {_nextConnect:O}.", accepted);
        }

        try
        {
            _link = await SmppLink.OpenAsync(options.Value, Network, receipts, logger, ct);
            _reconnectDelay = TimeSpan.Zero;
            LogBound(logger, options.Value.Host!, options.Value.Port);
            return _link;
        }
        catch (Exception e) when (e is IOException or SmppRefusedException)
        {
            var o = options.Value;
            _reconnectDelay = _reconnectDelay == TimeSpan.Zero ? o.ReconnectDelay : TimeSpan.FromTicks(Math.Min(_reconnectDelay.Ticks * 2, o.ReconnectMaxDelay.Ticks));
            _nextConnect = now + _reconnectDelay;
            throw new SmsSendException($"The SMSC cannot be bound ({e.GetType().Name}).", accepted, inner: e);
        }
    }

    /// <summary>Spaces submits to <see cref="SmsOptions.MessagesPerSecond"/> (the provider throttles or bars accounts that exceed it).</summary>
    private async Task PaceAsync(CancellationToken ct)
    {
        var now = Network.GetUtcNow();
        if (_nextSubmit > now)
        {
            await Task.Delay(_nextSubmit - now, Network, ct);
        }

        _nextSubmit = (_nextSubmit > now ? _nextSubmit : now) + TimeSpan.FromSeconds(1 / options.Value.MessagesPerSecond);
    }

    public async ValueTask DisposeAsync()
    {
        if (_link is not null)
        {
            await _link.DisposeAsync();
        }

        _gate.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Bound to the SMSC {Host}:{Port} as a transceiver")]
    private static partial void LogBound(ILogger logger, string host, int port);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The SMSC throttled a submit (status 0x{Status:X2}); the delivery will be retried")]
    private static partial void LogThrottled(ILogger logger, uint status);
}
