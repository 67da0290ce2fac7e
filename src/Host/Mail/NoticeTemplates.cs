using System.Collections.Concurrent;
using System.Globalization;
using Fluid;
using LaiChau.Host.Errors;
using LaiChau.Workflows.Time;

namespace LaiChau.Host.Mail;

/// <summary>The notices the regulation asks for (issue 6 point 4).</summary>
public enum NoticeKind
{
    Receipt,
    Rejection,
    Transfer,
    StillHandling,
    Result,
    RateRequest,

    /// <summary>R8.1: the agency's answer to the reporter's request for clarification.</summary>
    Clarification,

    /// <summary>R7.3, special cases: the deadline was extended; the new deadline and the reason.</summary>
    Extension,

    /// <summary>R5.7: the report was confirmed a duplicate of <see cref="NoticeModel.OriginalCode"/>; the original's notices follow.</summary>
    Merged,

    /// <summary>
    /// R2.2: to staff, not to the reporter — an urgent report waits for someone to take it; to the lead agency's leaders
    /// and the monitoring centre, hourly until it is claimed. <see cref="NoticeModel.ReporterName"/> is the staff member's name.
    /// </summary>
    UrgentAlert,
}

/// <summary>What a notice may say; empty fields are simply left out by the templates.</summary>
public sealed record NoticeModel(
    string ReportCode,
    string ReporterName,
    DateTimeOffset ReceivedAt,
    DateTimeOffset? DueAt = null,
    string? AgencyName = null,
    string? Reason = null,
    string? Guidance = null,
    string? Result = null,
    string? TrackingUrl = null,
    string? Answer = null,
    string? OriginalCode = null);

/// <summary>A rendered notice: subject and plain text.</summary>
public sealed record RenderedNotice(string Subject, string Text);

/// <summary>An administrator's version of a kind: e-mail subject and text, and the SMS text (null: the shipped one).</summary>
public sealed record NoticeSource(string Subject, string Text, string? Sms = null);

/// <summary>
/// Liquid templates (Fluid) in Vietnamese, one subject and one text per notice kind. Dates are shown in Vietnam time
/// as dd/MM/yyyy HH:mm. The shipped texts are defaults; administrators' edits come with the reference-data API.
/// </summary>
public sealed class NoticeTemplates
{
    private static readonly FluidParser Parser = new();
    private readonly ConcurrentDictionary<string, IFluidTemplate> _parsed = new(StringComparer.Ordinal);
    private readonly TemplateOptions _options = new() { CultureInfo = CultureInfo.GetCultureInfo("vi-VN") };

    public NoticeTemplates() => _options.MemberAccessStrategy.Register<NoticeView>();

    /// <summary>The shipped subject and text of a kind (what an administrator's edit replaces).</summary>
    public static (string Subject, string Text) Default(NoticeKind kind) => DefaultNoticeTexts.Of(kind);

    /// <summary>Renders with the administrators' version when given, else the shipped one.</summary>
    public RenderedNotice Render(NoticeKind kind, NoticeModel model, (string Subject, string Text)? source = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        var (subject, text) = source ?? DefaultNoticeTexts.Of(kind);
        var context = new TemplateContext(NoticeView.Of(model, VietnamTime.Zone), _options);
        return new RenderedNotice(
            Template(subject).Render(context, NullEncoder.Default).Trim(),
            Template(text).Render(context, NullEncoder.Default).Trim() + "\n"); // text/plain: nothing to escape
    }

    public static string DefaultSms(NoticeKind kind) => DefaultSmsTexts.Of(kind);

    /// <summary>The SMS of a kind, from the administrators' version when given, else the shipped one (issue 17).</summary>
    public string RenderSms(NoticeKind kind, NoticeModel model, string? source = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        var context = new TemplateContext(NoticeView.Of(model, VietnamTime.Zone), _options);
        return Template(source ?? DefaultSmsTexts.Of(kind)).Render(context, NullEncoder.Default).Trim();
    }

    /// <summary>R7.1b: the content-free notice of a state-secret report, on both channels.</summary>
    public (RenderedNotice Mail, string Sms) RenderStateSecret(NoticeModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var context = new TemplateContext(NoticeView.Of(model with { Reason = null, Guidance = null, Result = null, Answer = null }, VietnamTime.Zone), _options);
        return (new RenderedNotice(
            Template(StateSecretNoticeTexts.Subject).Render(context, NullEncoder.Default).Trim(),
            Template(StateSecretNoticeTexts.Text).Render(context, NullEncoder.Default).Trim() + "\n"),
            Template(StateSecretNoticeTexts.Sms).Render(context, NullEncoder.Default).Trim());
    }

    /// <summary>
    /// Why an SMS template cannot be used: it does not render, or a sample with a long agency name, a date and a
    /// tracking link takes more than <see cref="Notices.Sms.SmsParts.MaxParts"/> parts.
    /// </summary>
    public static BilingualText? CheckSms(string source)
    {
        if (Check(source) is { } problem)
        {
            return problem;
        }

        var rendered = new NoticeTemplates().RenderSms(NoticeKind.Receipt, SmsSample, source);
        var parts = Notices.Sms.SmsParts.Count(rendered);
        return parts <= Notices.Sms.SmsParts.MaxParts ? null : new BilingualText(
            $"Tin nhắn mẫu dài {rendered.Length} ký tự, thành {parts} tin; tối đa {Notices.Sms.SmsParts.MaxParts} tin ({Notices.Sms.SmsParts.MaxParts * Notices.Sms.SmsParts.PartLength} ký tự có dấu, kể cả đường dẫn theo dõi).",
            $"The sample SMS is {rendered.Length} characters, {parts} parts; at most {Notices.Sms.SmsParts.MaxParts} parts ({Notices.Sms.SmsParts.MaxParts * Notices.Sms.SmsParts.PartLength} UCS-2 characters, tracking link included).");
    }

    /// <summary>A realistic worst case for SMS length: a long code, a date, and a short tracking link of the production length.</summary>
    private static readonly NoticeModel SmsSample = new(
        "PA-2026-000001", "Nguyễn Văn An", DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch, "Ủy ban nhân dân phường Đoàn Kết",
        "Lý do", "Hướng dẫn", "Kết quả", "https://phananh.laichau.gov.vn/t/AbCdEfGh12345678", "Trả lời", "PA-2026-000002");

    /// <summary>Why a template cannot be used (syntax, or an error while rendering a sample), or null.</summary>
    public static BilingualText? Check(string source)
    {
        if (!Parser.TryParse(source, out var template, out var error))
        {
            return LiquidProblems.OfParser(error);
        }

        try
        {
            var options = new TemplateOptions { CultureInfo = CultureInfo.GetCultureInfo("vi-VN") };
            options.MemberAccessStrategy.Register<NoticeView>();
            var sample = new NoticeModel("PA-2026-000001", "Nguyễn Văn An", DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch, "UBND", "Lý do", "Hướng dẫn", "Kết quả", "https://example.vn", "Trả lời", "PA-2026-000002");
            template.Render(new TemplateContext(NoticeView.Of(sample, VietnamTime.Zone), options), NullEncoder.Default);
            return null;
        }
        catch (Exception e) when (e is InvalidOperationException or FormatException or ArgumentException or ParseException)
        {
            return LiquidProblems.OfRendering(e.Message);
        }
    }

    private IFluidTemplate Template(string source) => _parsed.GetOrAdd(source, s =>
        Parser.TryParse(s, out var template, out var error)
            ? template
            : throw new InvalidOperationException($"A notice template does not parse: {error}"));

    /// <summary>The model as the templates see it: dates already formatted in Vietnam time.</summary>
    public sealed record NoticeView(
        string ReportCode, string ReporterName, string ReceivedAt, string? DueAt, string? AgencyName, string? Reason,
        string? Guidance, string? Result, string? TrackingUrl, string? Answer, string? OriginalCode)
    {
        public static NoticeView Of(NoticeModel m, TimeZoneInfo zone) => new(
            m.ReportCode, m.ReporterName, Format(m.ReceivedAt, zone), m.DueAt is { } due ? Format(due, zone) : null, m.AgencyName,
            m.Reason, m.Guidance, m.Result, m.TrackingUrl, m.Answer, m.OriginalCode);

        private static string Format(DateTimeOffset instant, TimeZoneInfo zone) =>
            TimeZoneInfo.ConvertTime(instant, zone).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);
    }
}
