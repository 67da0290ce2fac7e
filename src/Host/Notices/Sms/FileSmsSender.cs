using System.Text;
using Microsoft.Extensions.Options;

namespace LaiChau.Host.Notices.Sms;

/// <summary>Without an SMSC (embedded default): one text file per SMS under data/sms, written whole then renamed.</summary>
public sealed class FileSmsSender(IOptions<Configuration.StorageOptions> storage, TimeProvider clock) : ISmsSender
{
    public async Task<SmsSent> SendAsync(SmsMessage message, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(message);
        var folder = Path.Combine(storage.Value.DataDirectory, "sms");
        Directory.CreateDirectory(folder);
        var name = $"{clock.GetUtcNow():yyyyMMddTHHmmssfff}-{message.Reference}.txt";
        var temporary = Path.Combine(folder, name + ".tmp");
        await File.WriteAllTextAsync(temporary, $"To: {message.PhoneNumber}\n\n{message.Text}", Encoding.UTF8, ct);
        File.Move(temporary, Path.Combine(folder, name), overwrite: true);
        return new SmsSent([.. SmsParts.Split(message.Text).Skip(message.SkipParts).Select((_, i) => $"file-{message.Reference}-{message.SkipParts + i + 1}")]);
    }
}
