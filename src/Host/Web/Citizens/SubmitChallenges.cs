using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using LaiChau.Host.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LaiChau.Host.Web.Citizens;

/// <summary>Settings of the citizens' pages (<c>Web:Citizens:*</c>): abuse protection on the submit form.</summary>
public sealed class CitizensOptions
{
    public const string Section = "Web:Citizens";

    /// <summary>Reports one client address may post in <see cref="SubmitWindow"/> (a commune office or a mobile network shares one address).</summary>
    public int SubmitPermitLimit { get; set; } = 20;

    /// <summary>The rate limit's window, on the app's clock.</summary>
    public TimeSpan SubmitWindow { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Leading zero bits the proof-of-work's hash needs (14: about 16 000 hashes, under a second on a phone).</summary>
    public int ProofOfWorkBits { get; set; } = 14;

    /// <summary>How long a form's challenge can be answered.</summary>
    public TimeSpan ChallengeLifetime { get; set; } = TimeSpan.FromHours(1);
}

/// <summary>A challenge as the form carries it: the signed token, the work asked and the arithmetic question for browsers without JavaScript.</summary>
public sealed record SubmitChallenge(string Token, int Bits, string Question);

public enum ChallengeCheck
{
    Passed,
    Missing,
    Wrong,
    Expired,
    Used,
}

/// <summary>
/// Abuse protection without any outside service (issue 8 point 1): each submit form carries a challenge signed with
/// the app's Data Protection keys, with its expiry and a one-time id. A browser with JavaScript finds a nonce such that
/// SHA-256(token ":" nonce) starts with <see cref="CitizensOptions.ProofOfWorkBits"/> zero bits (citizens.js, Web
/// Crypto); without JavaScript the citizen answers a small sum written in Vietnamese words. A challenge is good once,
/// on every host: spent ids are rows of the database (<see cref="SpentChallengeRow"/>) until they expire.
/// </summary>
public sealed class SubmitChallenges(
    IDataProtectionProvider provider, IServiceScopeFactory scopes, TimeProvider clock, IOptions<CitizensOptions> options)
{
    /// <summary>A challenge id: 16 random bytes in hexadecimal.</summary>
    public const int IdLength = 32;

    private static readonly string[] Words = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười"];

    private readonly IDataProtector _protector = provider.CreateProtector("LaiChau.Web.Citizens.SubmitChallenge.v1");

    public SubmitChallenge Issue()
    {
        var o = options.Value;
        var id = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        var (a, b) = (RandomNumberGenerator.GetInt32(1, 10), RandomNumberGenerator.GetInt32(1, 10));
        var expires = clock.GetUtcNow() + o.ChallengeLifetime;
        var payload = string.Create(CultureInfo.InvariantCulture, $"{id}|{expires.UtcTicks}|{a}|{b}|{o.ProofOfWorkBits}");
        var token = WebEncoders.Base64UrlEncode(_protector.Protect(Encoding.UTF8.GetBytes(payload)));
        return new SubmitChallenge(token, o.ProofOfWorkBits, Question(a, b));
    }

    /// <summary>The question of a token already issued (to show it again), or null for a token that is not ours.</summary>
    public string? QuestionOf(string? token) => Read(token) is { } c ? Question(c.A, c.B) : null;

    /// <summary>Checks the answer (a nonce, or else the sum) and spends the challenge when it passes.</summary>
    public async Task<ChallengeCheck> CheckAsync(string? token, string? nonce, string? answer, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(token))
        {
            return ChallengeCheck.Missing;
        }

        if (Read(token) is not { } c)
        {
            return ChallengeCheck.Wrong;
        }

        var now = clock.GetUtcNow();
        if (now >= c.Expires)
        {
            return ChallengeCheck.Expired;
        }

        var passed = !string.IsNullOrWhiteSpace(nonce) ? nonce.Length <= 32 && LeadingZeroBits(token, nonce.Trim()) >= c.Bits
            : !string.IsNullOrWhiteSpace(answer) && ParseAnswer(answer) == c.A + c.B;
        if (string.IsNullOrWhiteSpace(nonce) && string.IsNullOrWhiteSpace(answer))
        {
            return ChallengeCheck.Missing;
        }

        if (!passed)
        {
            return ChallengeCheck.Wrong;
        }

        return await SpendAsync(c, now, ct) ? ChallengeCheck.Passed : ChallengeCheck.Used;
    }

    /// <summary>The number of leading zero bits of SHA-256(token ":" nonce), as citizens.js computes it.</summary>
    public static int LeadingZeroBits(string token, string nonce)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(token + ":" + nonce));
        var bits = 0;
        foreach (var b in hash)
        {
            if (b == 0)
            {
                bits += 8;
                continue;
            }

            bits += System.Numerics.BitOperations.LeadingZeroCount((uint)b) - 24;
            break;
        }

        return bits;
    }

    /// <summary>"7", " 7 " or "bảy" all answer seven.</summary>
    private static int? ParseAnswer(string answer)
    {
        var text = answer.Trim().ToLowerInvariant();
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
        {
            return n;
        }

        var index = Array.IndexOf(Words, text);
        return index >= 0 ? index : null;
    }

    private static string Question(int a, int b) => $"{Words[a]} cộng {Words[b]}";

    private sealed record Challenge(string Id, DateTimeOffset Expires, int A, int B, int Bits);

    private Challenge? Read(string? token)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > 1000)
        {
            return null;
        }

        string payload;
        try
        {
            payload = Encoding.UTF8.GetString(_protector.Unprotect(WebEncoders.Base64UrlDecode(token)));
        }
        catch (Exception ex) when (ex is CryptographicException or FormatException)
        {
            return null;
        }

        var p = payload.Split('|');
        return p.Length == 5 && long.TryParse(p[1], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
            && int.TryParse(p[2], NumberStyles.None, CultureInfo.InvariantCulture, out var a)
            && int.TryParse(p[3], NumberStyles.None, CultureInfo.InvariantCulture, out var b)
            && int.TryParse(p[4], NumberStyles.None, CultureInfo.InvariantCulture, out var bits)
            ? new Challenge(p[0], new DateTimeOffset(ticks, TimeSpan.Zero), a, b, bits) : null;
    }

    /// <summary>
    /// One insert that the primary key refuses for an id already spent, by this host or another. Expired ids are deleted
    /// just before (an indexed range, a handful of rows): the table never holds more than one challenge lifetime of
    /// submissions, with no scheduled job to forget. A fresh context: a refused insert must not linger in the page's.
    /// </summary>
    private async Task<bool> SpendAsync(Challenge challenge, DateTimeOffset now, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await db.SpentChallenges.Where(c => c.ExpiresAt <= now).ExecuteDeleteAsync(ct);
        db.SpentChallenges.Add(new SpentChallengeRow { Id = challenge.Id, ExpiresAt = challenge.Expires });
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            if (await db.SpentChallenges.AnyAsync(c => c.Id == challenge.Id, ct))
            {
                return false;
            }

            throw;
        }
    }
}
