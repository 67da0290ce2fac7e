using System.Collections.Concurrent;
using LaiChau.Host.Notices.Sms;
using LaiChau.Host.Notices.Sms.Smpp;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace LaiChau.Host.Tests.Notices.Sms;

/// <summary>Issue 17 point 1: the SMPP client against a real SMSC (npm smpp 0.5.1) started by the test.</summary>
public sealed class SmppSmsSenderTests
{
    private const string Vietnamese = "Phản ánh PA-2026-000001 đã được tiếp nhận. Cảm ơn ông/bà!";

    private static readonly string ThreeParts = string.Concat(Enumerable.Repeat("Ủy ban nhân dân phường Đoàn Kết đã giải quyết phản ánh. ", 3)) + "Cảm ơn ông/bà.";

    private readonly Receipts _receipts = new();

    [Fact]
    public async Task Bind_WithTheProvidersAccount_IsAcceptedAndAWrongPasswordIsRefused()
    {
        await using var smsc = await TestSmsc.StartAsync();
        await using var good = Sender(smsc.Port);
        await using var bad = Sender(smsc.Port, password: "wrong");

        await good.SendAsync(new SmsMessage("0912345678", "Xin chào", 7), CancellationToken.None);
        var refused = await Assert.ThrowsAsync<SmsSendException>(() => bad.SendAsync(new SmsMessage("0912345678", "x", 8), CancellationToken.None));

        Assert.IsType<SmppRefusedException>(refused.InnerException);
        Assert.Equal([true, false], smsc.Events.Where(e => e.GetProperty("event").GetString() == "bind").Select(e => e.GetProperty("ok").GetBoolean()));
    }

    [Fact]
    public async Task VietnameseText_RoundTrips_AsUcs2InOneSms()
    {
        await using var smsc = await TestSmsc.StartAsync();
        await using var sender = Sender(smsc.Port);

        var sent = await sender.SendAsync(new SmsMessage("0912345678", Vietnamese, 41), CancellationToken.None);

        var submit = Assert.Single(smsc.Submits);
        Assert.Equal(Vietnamese, submit.GetProperty("text").GetString());
        Assert.Equal(8, submit.GetProperty("dataCoding").GetInt32());
        Assert.Equal("84912345678", submit.GetProperty("destination").GetString());
        Assert.Equal("LAICHAU", submit.GetProperty("source").GetString());
        Assert.Equal(41, submit.GetProperty("reference").GetInt32());
        Assert.Equal([submit.GetProperty("id").GetString()!], sent.MessageIds);
    }

    [Fact]
    public async Task LongText_GoesAsThreeConcatenatedParts_ThatReassemble()
    {
        await using var smsc = await TestSmsc.StartAsync();
        await using var sender = Sender(smsc.Port);

        var sent = await sender.SendAsync(new SmsMessage("0912345678", ThreeParts, 300), CancellationToken.None);

        Assert.Equal(3, sent.MessageIds.Count);
        var submits = smsc.Submits;
        Assert.Equal(3, submits.Count);
        Assert.All(submits, s => Assert.Equal(0x40, s.GetProperty("esmClass").GetInt32()));
        // UDH: IEI 00, length 3, reference (300 mod 256 = 0x2c), 3 parts, part number.
        Assert.Equal(["0003" + "2c0301", "0003" + "2c0302", "0003" + "2c0303"], submits.Select(s => s.GetProperty("udh")[0].GetString()));
        Assert.Equal(ThreeParts, string.Concat(submits.Select(s => s.GetProperty("text").GetString())));
    }

    [Fact]
    public async Task LinkDroppingMidRun_LosesNothing_AndSendsNothingTwice()
    {
        // The SMSC closes the link when the 3rd submit arrives, before accepting it.
        await using var smsc = await TestSmsc.StartAsync(new { dropAtSubmit = 3 });
        await using var sender = Sender(smsc.Port);
        var messages = Enumerable.Range(1, 3).Select(i => new SmsMessage("0912345678", $"Tin {i}: " + ThreeParts[..100], (ushort)i)).ToList();

        var skip = messages.ToDictionary(m => m.Reference, _ => 0);
        foreach (var m in messages)
        {
            while (true)
            {
                try
                {
                    var sent = await sender.SendAsync(m with { SkipParts = skip[m.Reference] }, CancellationToken.None);
                    skip[m.Reference] += sent.MessageIds.Count;
                    break;
                }
                catch (SmsSendException e)
                {
                    skip[m.Reference] += e.AcceptedIds.Count; // the retry goes on from the first part not accepted
                }
            }
        }

        Assert.Single(smsc.Events, e => e.GetProperty("event").GetString() == "drop");
        var parts = smsc.Submits.Select(s => (Reference: s.GetProperty("reference").GetInt32(), Udh: s.GetProperty("udh")[0].GetString())).ToList();
        Assert.Equal(6, parts.Count);
        Assert.Equal(parts.Count, parts.Distinct().Count());
        Assert.Equal(2, smsc.Events.Count(e => e.GetProperty("event").GetString() == "bind"));
    }

    [Fact]
    public async Task ThrottlingProvider_IsAnsweredByARetryOfTheSamePart()
    {
        await using var smsc = await TestSmsc.StartAsync(new { throttleFirst = 1 });
        await using var sender = Sender(smsc.Port);
        var message = new SmsMessage("0912345678", Vietnamese, 9);

        var throttled = await Assert.ThrowsAsync<SmsSendException>(() => sender.SendAsync(message, CancellationToken.None));
        var sent = await sender.SendAsync(message with { SkipParts = throttled.AcceptedIds.Count }, CancellationToken.None);

        Assert.True(throttled.Throttled);
        Assert.Empty(throttled.AcceptedIds);
        Assert.Single(sent.MessageIds);
        Assert.Equal(Vietnamese, Assert.Single(smsc.Submits).GetProperty("text").GetString());
    }

    [Fact]
    public async Task DeliveryReceipts_AreHandedOverByTheSmscMessageId()
    {
        await using var smsc = await TestSmsc.StartAsync(new { receipts = true });
        await using var sender = Sender(smsc.Port);

        var sent = await sender.SendAsync(new SmsMessage("0912345678", Vietnamese, 5), CancellationToken.None);
        await smsc.WaitForAsync("receipt", 1);
        var receipt = await _receipts.Next.Task.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(new SmsReceipt(sent.MessageIds[0], "DELIVRD"), receipt);
    }

    [Fact]
    public async Task NoSmsc_ConnectionFails_AndTheNextAttemptWaitsForTheBackoff()
    {
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(DateTimeOffset.Parse("2026-12-07T09:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        await using var sender = Sender(LaiChau.Testing.LoopbackPorts.Free(), clock: clock);
        var message = new SmsMessage("0912345678", "x", 1);

        var first = await Assert.ThrowsAsync<SmsSendException>(() => sender.SendAsync(message, CancellationToken.None));
        var soon = await Assert.ThrowsAsync<SmsSendException>(() => sender.SendAsync(message, CancellationToken.None));

        Assert.IsType<IOException>(first.InnerException);
        Assert.Null(soon.InnerException); // within the back-off nothing is even tried
        Assert.Contains("2026-12-07T09:00:05", soon.Message, StringComparison.Ordinal);
    }

    private SmppSmsSender Sender(int port, string password = "secret", TimeProvider? clock = null) => new(
        Options.Create(new SmsOptions { Host = "127.0.0.1", Port = port, SystemId = "laichau", Password = password, MessagesPerSecond = 1000 }),
        clock ?? TimeProvider.System, _receipts, NullLogger<SmppSmsSender>.Instance);

    private sealed class Receipts : ISmsReceiptSink
    {
        public ConcurrentQueue<SmsReceipt> All { get; } = new();

        public TaskCompletionSource<SmsReceipt> Next { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task ReceiveAsync(SmsReceipt receipt, CancellationToken ct)
        {
            All.Enqueue(receipt);
            Next.TrySetResult(receipt);
            return Task.CompletedTask;
        }
    }
}
