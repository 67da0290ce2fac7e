using LaiChau.Host.Notices.Sms;

namespace LaiChau.Host.Tests.Notices;

/// <summary>Receipts the host has stored so far, awaited without polling.</summary>
internal sealed class ReceiptsStored
{
    private readonly Lock _gate = new();
    private readonly List<(int Count, TaskCompletionSource Reached)> _waiting = [];
    private int _count;

    public void Add()
    {
        lock (_gate)
        {
            _count++;
            _waiting.RemoveAll(w => w.Count <= _count && w.Reached.TrySetResult());
        }
    }

    public Task WaitForAsync(int count)
    {
        lock (_gate)
        {
            if (_count >= count)
            {
                return Task.CompletedTask;
            }

            var reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiting.Add((count, reached));
            return reached.Task.WaitAsync(TimeSpan.FromSeconds(30));
        }
    }
}

/// <summary>The host's own receipt store, counted once each receipt is saved.</summary>
internal sealed class CountingReceiptSink(ISmsReceiptSink inner, ReceiptsStored stored) : ISmsReceiptSink
{
    public async Task ReceiveAsync(SmsReceipt receipt, CancellationToken ct)
    {
        await inner.ReceiveAsync(receipt, ct);
        stored.Add();
    }
}
