namespace LaiChau.Host.Notices.Sms;

/// <summary>
/// One SMS to one citizen. <paramref name="Reference"/> is stable per delivery (R5.5: never the number): a resend
/// carries the same user_message_reference and concatenation reference. <paramref name="SkipParts"/> parts were
/// already accepted by the SMSC in an earlier attempt and are not sent again.
/// </summary>
public sealed record SmsMessage(string PhoneNumber, string Text, ushort Reference, int SkipParts = 0);

/// <summary>The SMSC's message id of each part accepted in this attempt, in order.</summary>
public sealed record SmsSent(IReadOnlyList<string> MessageIds);

/// <summary>A delivery receipt (deliver_sm) for one part: the SMSC's message id and its final state, e.g. DELIVRD.</summary>
public sealed record SmsReceipt(string MessageId, string State);

public interface ISmsSender
{
    /// <summary>Sends the parts not yet accepted, or throws <see cref="SmsSendException"/> saying which were.</summary>
    Task<SmsSent> SendAsync(SmsMessage message, CancellationToken ct);
}

/// <summary>Where delivery receipts go (the notice deliveries store them per part).</summary>
public interface ISmsReceiptSink
{
    Task ReceiveAsync(SmsReceipt receipt, CancellationToken ct);
}

/// <summary>
/// An attempt that did not finish: <see cref="AcceptedIds"/> are the parts the SMSC did accept before the failure, so
/// the retry goes on from the next part. <see cref="Throttled"/>: the provider asked us to slow down (0x58).
/// </summary>
public sealed class SmsSendException(string message, IReadOnlyList<string> acceptedIds, bool throttled = false, Exception? inner = null)
    : Exception(message, inner)
{
    public IReadOnlyList<string> AcceptedIds { get; } = acceptedIds;

    public bool Throttled { get; } = throttled;
}
