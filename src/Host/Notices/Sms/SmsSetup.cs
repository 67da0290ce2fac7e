using LaiChau.Host.Health;
using LaiChau.Host.Notices.Sms.Smpp;
using Microsoft.Extensions.Options;

namespace LaiChau.Host.Notices.Sms;

public static class SmsSetup
{
    /// <summary>SMS to citizens (issue 17 point 1): SMPP 3.4 when an SMSC is configured, else text files under data/sms. Receipts go to the <see cref="ISmsReceiptSink"/> registered by the caller.</summary>
    public static WebApplicationBuilder AddSms(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<SmsOptions>().BindConfiguration(SmsOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<SmppSmsSender>();
        builder.Services.AddSingleton<FileSmsSender>();
        builder.Services.AddSingleton<ISmsSender>(sp => string.IsNullOrWhiteSpace(sp.GetRequiredService<IOptions<SmsOptions>>().Value.Host)
            ? sp.GetRequiredService<FileSmsSender>()
            : sp.GetRequiredService<SmppSmsSender>());
        builder.Services.AddOutgoingChannel<SmppChannelProbe>("smpp"); // /health: degraded while the SMSC cannot be bound
        return builder;
    }
}
