using LaiChau.Host.Data;
using LaiChau.Host.Notices.Sms;
using Microsoft.EntityFrameworkCore;

namespace LaiChau.Host.Notices;

/// <summary>Delivery receipts (deliver_sm) kept by the SMSC's message id; the SMSC may repeat one, the last state wins.</summary>
public sealed class StoredSmsReceipts(IServiceScopeFactory scopes, TimeProvider clock) : ISmsReceiptSink
{
    public async Task ReceiveAsync(SmsReceipt receipt, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(receipt);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var row = await db.SmsReceipts.FirstOrDefaultAsync(r => r.MessageId == receipt.MessageId, ct);
        if (row is null)
        {
            db.SmsReceipts.Add(new SmsReceiptRow { MessageId = receipt.MessageId, State = receipt.State, ReceivedAt = clock.GetUtcNow() });
        }
        else
        {
            (row.State, row.ReceivedAt) = (receipt.State, clock.GetUtcNow());
        }

        await db.SaveChangesAsync(ct);
    }
}
