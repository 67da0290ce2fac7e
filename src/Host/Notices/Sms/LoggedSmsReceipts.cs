namespace LaiChau.Host.Notices.Sms;

/// <summary>Receipts when nothing stores them: logged by the SMSC's message id and state (no number, no text; R5.5).</summary>
public sealed partial class LoggedSmsReceipts(ILogger<LoggedSmsReceipts> logger) : ISmsReceiptSink
{
    public Task ReceiveAsync(SmsReceipt receipt, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(receipt);
        LogReceipt(logger, receipt.MessageId, receipt.State);
        return Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "SMS {MessageId}: delivery receipt {State}")]
    private static partial void LogReceipt(ILogger logger, string messageId, string state);
}
