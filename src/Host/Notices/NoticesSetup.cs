using LaiChau.Host.Notices.Sms;
using LaiChau.Host.Workflows;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace LaiChau.Host.Notices;

public static class NoticesSetup
{
    /// <summary>Issue 17: notices stored once, delivered per channel (e-mail, SMS) with their own retries.</summary>
    public static WebApplicationBuilder AddNotices(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<NoticeRetryOptions>().BindConfiguration(NoticeRetryOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<ISmsReceiptSink, StoredSmsReceipts>();
        builder.AddSms();
        builder.Services.AddSingleton<DeliveryAttempt>();
        builder.Services.AddSingleton<NoticeDispatcher>();
        builder.Services.AddSingleton<IBackgroundWork>(sp => sp.GetRequiredService<NoticeDispatcher>());
        builder.Services.AddHostedService(sp => sp.GetRequiredService<NoticeDispatcher>());
        builder.Services.AddHealthChecks().AddCheck<NoticeDeliveriesHealthCheck>("notices", failureStatus: HealthStatus.Degraded);
        return builder;
    }

    public static WebApplication MapNotices(this WebApplication app)
    {
        ShortTrackingLinks.Map(app);
        return app;
    }
}
