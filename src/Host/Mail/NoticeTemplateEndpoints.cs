using System.Security.Claims;
using LaiChau.Host.Data;
using LaiChau.Host.Errors;
using LaiChau.Host.Security.ApiKeys;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace LaiChau.Host.Mail;

/// <summary>
/// <c>/api/v1/notice-templates</c>: administrators read and edit the Liquid texts of the notices; a text that does not
/// parse or render is refused with the parser's message; DELETE returns a kind to the shipped text.
/// </summary>
public static class NoticeTemplateEndpoints
{
    public const int MaxSubjectLength = 300;
    public const int MaxTextLength = 20_000;

    public sealed record Template(string Kind, string Subject, string Text, bool Custom, string? ChangedBy, DateTimeOffset? ChangedAt);

    public sealed record Request(string? Subject, string? Text);

    public static void Map(WebApplication app)
    {
        var group = app.MapGroup("/api/v1/notice-templates").RequireAuthorization(ApiKeysSetup.AdministratorPolicy).WithTags(ApiDocs.ApiTags.Notices);
        group.MapGet("", ListAsync).WithSummary("The notices' Liquid texts");
        group.MapPut("{kind}", PutAsync).WithSummary("Change a notice's text (a text that does not render is refused)");
        group.MapDelete("{kind}", DeleteAsync).WithSummary("Return to the shipped text");
    }

    public static async Task<Ok<List<Template>>> ListAsync(AppDbContext db, CancellationToken ct)
    {
        var rows = await db.NoticeTemplates.AsNoTracking().ToDictionaryAsync(r => r.Kind, ct);
        return TypedResults.Ok(Enum.GetValues<NoticeKind>().Select(k =>
        {
            var name = NoticeKinds.Name(k);
            var (subject, text) = NoticeTemplates.Default(k);
            return rows.TryGetValue(name, out var row)
                ? new Template(name, row.Subject, row.Text, true, row.ChangedBy, row.ChangedAt)
                : new Template(name, subject, text, false, null, null);
        }).ToList());
    }

    public static async Task<Results<Ok<Template>, NotFound, ValidationProblem>> PutAsync(
        string kind, Request request, ClaimsPrincipal user, AppDbContext db, NoticeTemplateStore store, TimeProvider clock, CancellationToken ct)
    {
        if (NoticeKinds.Parse(kind) is null)
        {
            return TypedResults.NotFound();
        }

        var errors = new FieldErrors();
        var saved = await SaveAsync(kind, request, user.Identity?.Name ?? "unknown", db, store, clock, errors, ct);
        return saved is null ? errors.ToProblem() : TypedResults.Ok(saved);
    }

    /// <summary>
    /// Saves a known kind's template (the API's PUT and the administration page): the saved template, or null with
    /// <paramref name="errors"/> in both languages when a text is missing, too long, or does not render.
    /// </summary>
    public static async Task<Template?> SaveAsync(
        string kind, Request request, string actor, AppDbContext db, NoticeTemplateStore store, TimeProvider clock, FieldErrors errors, CancellationToken ct)
    {
        Check(errors, "subject", "tiêu đề", request.Subject, MaxSubjectLength);
        Check(errors, "text", "nội dung", request.Text, MaxTextLength);
        if (errors.Count > 0)
        {
            return null;
        }

        var row = await db.NoticeTemplates.FirstOrDefaultAsync(r => r.Kind == kind, ct);
        if (row is null)
        {
            row = new NoticeTemplateRow { Kind = kind, Subject = "", Text = "", ChangedBy = "" };
            db.NoticeTemplates.Add(row);
        }

        (row.Subject, row.Text, row.ChangedBy, row.ChangedAt) = (request.Subject!, request.Text!, actor, clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        store.Invalidate();
        return new Template(kind, row.Subject, row.Text, true, row.ChangedBy, row.ChangedAt);
    }

    public static async Task<Results<NoContent, NotFound>> DeleteAsync(string kind, AppDbContext db, NoticeTemplateStore store, CancellationToken ct)
    {
        if (NoticeKinds.Parse(kind) is null)
        {
            return TypedResults.NotFound();
        }

        await db.NoticeTemplates.Where(r => r.Kind == kind).ExecuteDeleteAsync(ct);
        store.Invalidate();
        return TypedResults.NoContent();
    }

    private static void Check(FieldErrors errors, string field, string fieldVi, string? value, int max)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Length > max)
        {
            errors.Set(field, new($"Cần {fieldVi}, tối đa {max} ký tự.", $"Give the {field}, at most {max} characters."));
        }
        else if (NoticeTemplates.Check(value) is { } problem)
        {
            errors.Set(field, new($"Mẫu Liquid không dùng được: {problem.Vietnamese}", $"The Liquid template does not work: {problem.English}"));
        }
    }
}
