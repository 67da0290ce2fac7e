using LaiChau.Host.Reports.Jobs;
using LaiChau.Host.Reports.Media;
using LaiChau.Host.Reports.Process;
using LaiChau.Host.Workflows;
using LaiChau.Host.Reports.Submit;

namespace LaiChau.Host.Reports;

public static class ReportsSetup
{
    /// <summary>Field reports (issue 6): intake, the process's job handlers, staff views.</summary>
    public static WebApplicationBuilder AddReports(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<IntakeOptions>().BindConfiguration(IntakeOptions.Section);
        builder.Services.AddScoped<ReportIntake>();
        builder.Services.AddSingleton<Intake.IntakeReferenceData>();
        builder.Services.AddOptions<Letters.LetterOptions>().BindConfiguration(Letters.LetterOptions.Section);
        builder.Services.AddScoped<Letters.ResultLetters>().AddScoped<Letters.ResultFiles>();
        builder.Services.AddSingleton<Tracking.TrackingLinks>();
        builder.Services.AddOptions<MonitoringCentreOptions>().BindConfiguration(MonitoringCentreOptions.Section);
        builder.Services.AddOptions<Monthly.MonthlyReportOptions>().BindConfiguration(Monthly.MonthlyReportOptions.Section);
        builder.Services.AddSingleton<Monthly.MonthlyReports>();
        builder.Services.AddSingleton<Workflows.Timers.IMonthlyReportHook>(sp => sp.GetRequiredService<Monthly.MonthlyReports>());
        builder.Services.AddSingleton<Workflows.Timers.IOverdueDigestHook, Monitoring.OverdueDigest>();
        builder.Services.AddSingleton<AgencyDeadlines>();
        builder.Services.AddSingleton<IFeelFunctionSource>(sp => sp.GetRequiredService<AgencyDeadlines>()); // R7.3
        builder.Services.AddSingleton<LaiChau.Workflows.Forms.IFormOptionSource, AgencyFormOptions>();
        builder.Services.AddSingleton<UrgentAlertNotices>(); // R2.2
        builder.Services.AddJobHandler<NoticeHandler>().AddJobHandler<ReportStateHandler>().AddJobHandler<AlertHandler>();
        builder.Services.AddMessageRule<Staff.RerouteMessageRule>().AddMessageRule<Feedback.FeedbackMessageRule>()
            .AddMessageRule<Staff.DisagreementMessageRule>().AddMessageRule<Staff.ExtensionMessageRule>()
            .AddMessageRule<Staff.MergeMessageRule>(); // ADR 0021, R5.7
        builder.Services.AddHostedService<ShippedDefinitions>(); // after the database start-up (registration order)
        return builder.AddReportMedia();
    }

    public static WebApplication MapReports(this WebApplication app)
    {
        Staff.ReportStaffEndpoints.Map(app);
        Monthly.MonthlyReportEndpoints.Map(app);
        Feedback.FeedbackEndpoints.Map(app);
        return app;
    }
}
