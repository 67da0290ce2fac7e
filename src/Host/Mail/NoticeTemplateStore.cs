using LaiChau.Host.Data;
using Microsoft.EntityFrameworkCore;

namespace LaiChau.Host.Mail;

/// <summary>
/// The administrators' notice texts, read once and kept until an edit on this host, or for at most a minute when
/// another host edited: notices are not sent so often that a minute matters, and no query is made per notice.
/// </summary>
public sealed class NoticeTemplateStore(IServiceScopeFactory scopes, TimeProvider clock)
{
    private static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(1);
    private volatile Snapshot? _current;

    public async Task<NoticeSource?> FindAsync(NoticeKind kind, CancellationToken ct)
    {
        var current = _current;
        if (current is null || clock.GetUtcNow() - current.LoadedAt > MaxAge)
        {
            await using var scope = scopes.CreateAsyncScope();
            var rows = await scope.ServiceProvider.GetRequiredService<AppDbContext>().NoticeTemplates.AsNoTracking().ToListAsync(ct);
            current = new Snapshot(rows.ToDictionary(r => r.Kind, r => new NoticeSource(r.Subject, r.Text, r.Sms), StringComparer.Ordinal), clock.GetUtcNow());
            _current = current;
        }

        return current.Texts.TryGetValue(NoticeKinds.Name(kind), out var texts) ? texts : null;
    }

    public void Invalidate() => _current = null;

    private sealed record Snapshot(Dictionary<string, NoticeSource> Texts, DateTimeOffset LoadedAt);
}

/// <summary>The kinds' names in URLs and job headers: <c>receipt</c>, <c>still-handling</c>, …</summary>
public static class NoticeKinds
{
    public static string Name(NoticeKind kind) => kind switch
    {
        NoticeKind.StillHandling => "still-handling",
        NoticeKind.RateRequest => "rate-request",
        NoticeKind.UrgentAlert => "urgent-alert",
        _ => kind.ToString().ToLowerInvariant(),
    };

    public static NoticeKind? Parse(string? name) =>
        Enum.GetValues<NoticeKind>().Cast<NoticeKind?>().FirstOrDefault(k => Name(k!.Value) == name);
}
