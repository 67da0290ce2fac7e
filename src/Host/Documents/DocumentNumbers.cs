using System.Globalization;
using LaiChau.Host.Data;
using Microsoft.EntityFrameworkCore;

namespace LaiChau.Host.Documents;

/// <summary>
/// Gives each agency's outgoing documents their number: sequential per agency per year, never shared by two
/// documents. One atomic upsert does it, so concurrent callers (other requests, other hosts) each get their own
/// number; inside a caller's transaction the number is rolled back with the document.
/// </summary>
public sealed class DocumentNumbers(AppDbContext db)
{
    public const int MaxAgencyCodeLength = 64;

    public async Task<int> NextAsync(string agencyCode, int year, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(agencyCode);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(agencyCode.Length, MaxAgencyCodeLength, nameof(agencyCode));
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 2000);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 2999);

        // The same SQL runs on SQLite (3.35+) and PostgreSQL; ToListAsync keeps EF from wrapping it in a SELECT.
        var numbers = await db.Database.SqlQuery<int>($"""
            INSERT INTO document_counters (agency_code, year, last_number) VALUES ({agencyCode}, {year}, 1)
            ON CONFLICT (agency_code, year) DO UPDATE SET last_number = document_counters.last_number + 1
            RETURNING last_number AS "Value"
            """).ToListAsync(cancellationToken);
        return numbers.Single();
    }

    /// <summary>"Số: 05/UBND-VP": numbers below 10 take a leading zero (Decree 30/2020/NĐ-CP, annex I).</summary>
    public static string Format(int number, string symbol) =>
        string.Create(CultureInfo.InvariantCulture, $"Số: {number:00}/{symbol}");
}
