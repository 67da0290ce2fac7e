using LaiChau.Host.Data;
using LaiChau.Host.Documents;
using LaiChau.Host.ReferenceData;
using LaiChau.Host.Reports.Data;
using LaiChau.Reporting.Letters;
using LaiChau.Workflows.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LaiChau.Host.Reports.Letters;

/// <summary>What the process knows of the handling, for the letter (its files are read from the report's media).</summary>
public sealed record HandlingFacts(string? Result, string? Instructions);

/// <summary>
/// Issues the result letter of a report (R7.1 step 4, issue 7 point 4) once: numbered per agency and year by the
/// atomic document counter, rendered by LaiChau.Reporting, stored. A second call — a retried notice job, another
/// host — gets the stored letter; two racing callers are settled by the unique index, the loser's number rolled back.
/// </summary>
public sealed class ResultLetters(AppDbContext db, TimeProvider clock, IOptions<LetterOptions> options, ResultFiles files)
{
    public const string Kind = "result";

    public async Task<ReportLetterRow> GetOrIssueAsync(ReportRow report, HandlingFacts facts, CancellationToken ct)
    {
        if (await FindAsync(report.Code, ct) is { } existing)
        {
            return existing;
        }

        var agency = await db.Agencies.AsNoTracking().Include(a => a.Members).FirstAsync(a => a.Code == report.LeadAgency, ct);
        var now = clock.GetUtcNow();
        var (attachments, photos) = await files.ForLetterAsync(report.Code, ct);
        var today = VietnamTime.Today(now);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var number = DocumentNumbers.Format(await new DocumentNumbers(db).NextAsync(agency.Code, today.Year, ct), $"TB-{agency.Code}");
        var letter = new ReportLetterRow
        {
            Id = Guid.CreateVersion7(now),
            ReportCode = report.Code,
            Kind = Kind,
            Agency = agency.Code,
            Number = number,
            IssuedAt = now,
            Pdf = ResultLetterDocument.Render(Letter(report, agency, facts, number, today, attachments) with { Photos = photos }),
        };
        db.Add(letter);
        try
        {
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return letter;
        }
        catch (DbUpdateException)
        {
            // Another worker issued it first: keep theirs (our number is rolled back with the transaction).
            await transaction.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            return await FindAsync(report.Code, ct) ?? throw new InvalidOperationException($"The result letter of {report.Code} could not be saved.");
        }
    }

    public Task<ReportLetterRow?> FindAsync(string code, CancellationToken ct) =>
        db.Set<ReportLetterRow>().AsNoTracking().FirstOrDefaultAsync(l => l.ReportCode == code && l.Kind == Kind, ct);

    private ResultLetter Letter(ReportRow report, AgencyRow agency, HandlingFacts facts, string number, DateOnly today, IReadOnlyList<string> attachments)
    {
        var committee = agency.Kind == AgencyKind.PeoplesCommittee;
        var header = new LetterHeader("TỈNH LAI CHÂU", agency.Name.ToUpperInvariant(), number, "Lai Châu", today);
        var signature = new Signature(
            committee ? ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"] : ["THỦ TRƯỞNG CƠ QUAN"],
            agency.FocalLeader?.FullName ?? agency.Name,
            ["Người phản ánh;", "Trung tâm Giám sát, điều hành thông minh tỉnh (SOC-IOC);", $"Lưu: VT, {agency.Code}."]);
        var place = report.Address ?? (report.Lat is { } lat && report.Lon is { } lon ? FormattableString.Invariant($"{lat:F5}, {lon:F5}") : "Không rõ");
        var verification = $"Phản ánh thuộc thẩm quyền giải quyết của {agency.Name}."
            + (facts.Instructions is { Length: > 0 } i ? $" Lãnh đạo cơ quan chỉ đạo: {i}" : "");
        var link = report.Confidential || options.Value.PublicBaseUrl is not { } baseUrl ? null : new Uri(baseUrl, $"tra-cuu/{report.Code}");
        return new ResultLetter(header, report.Code, VietnamTime.Today(report.ReceivedAt), place, report.Description, verification,
            facts.Result ?? report.Result ?? "", attachments, signature, report.Confidential, link);
    }
}

/// <summary><c>Reports:Letters:*</c>.</summary>
public sealed class LetterOptions
{
    public const string Section = "Reports:Letters";

    /// <summary>The public portal's address; the letter's QR code links to its tracking page (none when unset or confidential, R7.1a).</summary>
    public Uri? PublicBaseUrl { get; set; }
}
