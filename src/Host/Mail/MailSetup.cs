using LaiChau.Host.Health;

namespace LaiChau.Host.Mail;

public static class MailSetup
{
    /// <summary>E-mail to citizens (issue 6 point 4): SMTP when configured, else .eml files under data/mail.</summary>
    public static WebApplicationBuilder AddMail(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<MailOptions>().BindConfiguration(MailOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<IMailSender, MailSender>();
        builder.Services.AddOutgoingChannel<SmtpChannelProbe>("smtp"); // /health: degraded while the server cannot be reached
        builder.Services.AddSingleton<NoticeTemplates>();
        builder.Services.AddSingleton<NoticeTemplateStore>();
        return builder;
    }

    public static WebApplication MapMail(this WebApplication app)
    {
        NoticeTemplateEndpoints.Map(app);
        return app;
    }
}
