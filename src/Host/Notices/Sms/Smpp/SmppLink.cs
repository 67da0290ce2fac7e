using System.Collections.Concurrent;
using System.Net.Sockets;

namespace LaiChau.Host.Notices.Sms.Smpp;

/// <summary>
/// One bound transceiver session: requests matched to responses by sequence number, enquire_link while idle,
/// deliver_sm answered and handed to the receipt sink. A broken link fails every pending request with
/// <see cref="IOException"/> and is not reused (the sender opens a new one).
/// </summary>
public sealed partial class SmppLink : IAsyncDisposable
{
    private readonly TcpClient _tcp;
    private readonly NetworkStream _stream;
    private readonly SmsOptions _options;
    private readonly TimeProvider _clock;
    private readonly ISmsReceiptSink _receipts;
    private readonly ILogger _logger;
    private readonly ConcurrentDictionary<uint, TaskCompletionSource<SmppPdu>> _pending = new();
    private readonly SemaphoreSlim _write = new(1, 1);
    private readonly CancellationTokenSource _stop = new();
    private ITimer? _enquire;
    private Task _reader = Task.CompletedTask;
    private int _sequence;
    private volatile bool _broken;

    private SmppLink(TcpClient tcp, SmsOptions options, TimeProvider clock, ISmsReceiptSink receipts, ILogger logger)
    {
        _tcp = tcp;
        _stream = tcp.GetStream();
        _options = options;
        _clock = clock;
        _receipts = receipts;
        _logger = logger;
    }

    public bool IsBroken => _broken;

    /// <summary>Connects and binds as a transceiver (submits out, receipts in on the same link); <paramref name="clock"/> times the wire (real time).</summary>
    public static async Task<SmppLink> OpenAsync(SmsOptions options, TimeProvider clock, ISmsReceiptSink receipts, ILogger logger, CancellationToken ct)
    {
        var tcp = new TcpClient { NoDelay = true };
        try
        {
            using (var timeout = new CancellationTokenSource(options.ResponseTimeout, clock))
            using (var both = CancellationTokenSource.CreateLinkedTokenSource(ct, timeout.Token))
            {
                await tcp.ConnectAsync(options.Host!, options.Port, both.Token);
            }

            var link = new SmppLink(tcp, options, clock, receipts, logger);
            link._reader = Task.Run(link.ReadLoopAsync, CancellationToken.None);
            var bound = await link.RequestAsync(SmppCommand.BindTransceiver, SmppPdus.BindTransceiver(options), ct);
            if (bound.Status != SmppStatus.Ok)
            {
                await link.DisposeAsync();
                throw new SmppRefusedException($"The SMSC refused the bind (status 0x{bound.Status:X2}).", bound.Status);
            }

            link._enquire = clock.CreateTimer(_ => link.EnquireLink(), null, options.EnquireLinkInterval, options.EnquireLinkInterval);
            return link;
        }
        catch (Exception e) when (e is SocketException or OperationCanceledException && !ct.IsCancellationRequested)
        {
            tcp.Dispose();
            throw new IOException($"The SMSC {options.Host}:{options.Port} cannot be reached ({e.GetType().Name}).", e);
        }
    }

    /// <summary>Sends a request and waits for its response; a link that breaks or a response that does not come throws <see cref="IOException"/>.</summary>
    public async Task<SmppPdu> RequestAsync(uint command, byte[] body, CancellationToken ct)
    {
        ObjectDisposedException.ThrowIf(_broken, this);
        var sequence = (uint)Interlocked.Increment(ref _sequence) & 0x7FFFFFFF;
        var response = new TaskCompletionSource<SmppPdu>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[sequence] = response;
        try
        {
            await WriteAsync(new SmppPdu(command, 0, sequence, body), ct);
            return await response.Task.WaitAsync(_options.ResponseTimeout, _clock, ct);
        }
        catch (TimeoutException e)
        {
            Break();
            throw new IOException("The SMSC did not answer in time; the link is dropped.", e);
        }
        finally
        {
            _pending.TryRemove(sequence, out _);
        }
    }

    private async Task WriteAsync(SmppPdu pdu, CancellationToken ct)
    {
        await _write.WaitAsync(ct);
        try
        {
            await _stream.WriteAsync(pdu.Encode(), ct);
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException or InvalidOperationException)
        {
            Break();
            throw new IOException("The SMPP link is closed.", e);
        }
        finally
        {
            _write.Release();
        }
    }

    private async Task ReadLoopAsync()
    {
        try
        {
            while (!_stop.IsCancellationRequested && await SmppPdu.ReadAsync(_stream, _stop.Token) is { } pdu)
            {
                await DispatchAsync(pdu);
            }
        }
        catch (Exception e)
        {
            // Whatever ends the loop (a closed socket, a malformed PDU, a receipt that cannot be stored) ends the link.
            LogLinkLost(_logger, e.GetType().Name);
        }

        Break();
    }

    private async Task DispatchAsync(SmppPdu pdu)
    {
        if (SmppCommand.IsResponse(pdu.CommandId))
        {
            if (_pending.TryGetValue(pdu.Sequence, out var waiting))
            {
                waiting.TrySetResult(pdu);
            }

            return;
        }

        switch (pdu.CommandId)
        {
            case SmppCommand.DeliverSm:
                // Stored first, then acknowledged: a receipt lost in a crash is sent again by the SMSC.
                if (SmppPdus.Receipt(pdu.Body) is { } receipt)
                {
                    await _receipts.ReceiveAsync(receipt, _stop.Token);
                }

                await WriteAsync(new SmppPdu(SmppCommand.ResponseOf(pdu.CommandId), 0, pdu.Sequence, SmppPdus.DeliverSmResp()), _stop.Token);
                break;
            case SmppCommand.EnquireLink:
                await WriteAsync(new SmppPdu(SmppCommand.ResponseOf(pdu.CommandId), 0, pdu.Sequence, []), _stop.Token);
                break;
            case SmppCommand.Unbind:
                await WriteAsync(new SmppPdu(SmppCommand.ResponseOf(pdu.CommandId), 0, pdu.Sequence, []), _stop.Token);
                Break();
                break;
            default:
                await WriteAsync(new SmppPdu(SmppCommand.GenericNack, SmppStatus.InvalidCommandId, pdu.Sequence, []), _stop.Token);
                break;
        }
    }

    private void EnquireLink()
    {
        if (_broken)
        {
            return;
        }

        // A link that does not answer is dropped; the next send opens a new one.
        _ = RequestAsync(SmppCommand.EnquireLink, [], _stop.Token).ContinueWith(
            t => _ = t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
    }

    private void Break()
    {
        if (_broken)
        {
            return;
        }

        _broken = true;
        _enquire?.Dispose();
        _stop.Cancel();
        _tcp.Dispose();
        foreach (var waiting in _pending.Values)
        {
            waiting.TrySetException(new IOException("The SMPP link was lost before the answer came."));
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_broken)
        {
            try
            {
                using var quick = new CancellationTokenSource(TimeSpan.FromSeconds(1), _clock);
                await RequestAsync(SmppCommand.Unbind, [], quick.Token);
            }
            catch (Exception e) when (e is IOException or OperationCanceledException or ObjectDisposedException)
            {
                // Unbind is a courtesy; the link closes either way.
            }
        }

        Break();
        await _reader;
        _stop.Dispose();
        _write.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The SMPP link was lost ({Exception})")]
    private static partial void LogLinkLost(ILogger logger, string exception);
}

/// <summary>The SMSC answered a bind or submit with an error status that retrying will not change (e.g. a wrong password).</summary>
public sealed class SmppRefusedException(string message, uint status) : Exception(message)
{
    public uint Status { get; } = status;
}
