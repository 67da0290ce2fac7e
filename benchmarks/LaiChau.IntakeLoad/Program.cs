using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;

// Usage: LaiChau.IntakeLoad <base url> <admin key> <postgres connection string> [seconds=30] [concurrency=16] [warm-up seconds=5]
if (args.Length < 3)
{
    Console.Error.WriteLine("usage: LaiChau.IntakeLoad <base url> <admin key> <postgres connection string> [seconds] [concurrency] [warm-up seconds]");
    return 2;
}

var (baseUrl, adminKey, postgres) = (args[0].TrimEnd('/'), args[1], args[2]);
var seconds = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 30;
var concurrency = args.Length > 4 ? int.Parse(args[4], CultureInfo.InvariantCulture) : 16;
var warmUp = args.Length > 5 ? int.Parse(args[5], CultureInfo.InvariantCulture) : 5;

using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency * 2 }) { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromSeconds(30) };
var openKey = await Setup.PrepareAsync(http, adminKey);
Console.WriteLine($"intake load: {concurrency} clients, {warmUp} s warm-up, {seconds} s measured, against {baseUrl}");

await Run(TimeSpan.FromSeconds(warmUp), record: false);
var before = await CountAsync(postgres);
var (accepted, refused, latencies, elapsed) = await Run(TimeSpan.FromSeconds(seconds), record: true);
// Let in-flight work settle, then every accepted report must be a row (nothing lost).
var after = await CountAsync(postgres);

latencies.Sort();
double P(double q) => latencies.Count == 0 ? double.NaN : latencies[Math.Min(latencies.Count - 1, (int)Math.Ceiling(q * latencies.Count) - 1)];
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"accepted {accepted}, refused {refused}, {accepted / elapsed.TotalSeconds:F0} reports/s; latency ms p50 {P(0.50):F1} p95 {P(0.95):F1} p99 {P(0.99):F1} max {P(1.0):F1}"));
Console.WriteLine($"rows added during the measured run: {after - before} (accepted {accepted}) -> {(after - before == accepted ? "nothing lost" : "MISMATCH")}");
return after - before == accepted && refused == 0 ? 0 : 1;

async Task<(int Accepted, int Refused, List<double> Latencies, TimeSpan Elapsed)> Run(TimeSpan duration, bool record)
{
    var latencies = new List<double>();
    var (accepted, refused) = (0, 0);
    var clock = Stopwatch.StartNew();
    var workers = Enumerable.Range(0, concurrency).Select(async worker =>
    {
        var local = new List<double>();
        var n = 0;
        while (clock.Elapsed < duration)
        {
            var started = Stopwatch.GetTimestamp();
            using var response = await http.PostAsync("/open311/v2/requests.json", new FormUrlEncodedContent(Setup.Form(openKey, worker, n++)));
            local.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            if (response.IsSuccessStatusCode)
            {
                Interlocked.Increment(ref accepted);
            }
            else
            {
                Interlocked.Increment(ref refused);
                if (refused < 5)
                {
                    Console.Error.WriteLine($"refused {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
                }
            }
        }

        lock (latencies)
        {
            latencies.AddRange(local);
        }
    }).ToArray();
    await Task.WhenAll(workers);
    var elapsed = clock.Elapsed;
    return record ? (accepted, refused, latencies, elapsed) : (0, 0, [], elapsed);
}

static async Task<long> CountAsync(string connectionString)
{
    await using var connection = new NpgsqlConnection(connectionString);
    await connection.OpenAsync();
    await using var command = new NpgsqlCommand("SELECT count(*) FROM reports", connection);
    return (long)(await command.ExecuteScalarAsync())!;
}

/// <summary>An Open311 client key and a ready agency (phường Đoàn Kết), then varied reports in its area.</summary>
internal static class Setup
{
    public static async Task<string> PrepareAsync(HttpClient http, string adminKey)
    {
        http.DefaultRequestHeaders.Add("X-Api-Key", adminKey);
        for (var i = 0; !(await Healthy(http)); i++)
        {
            if (i > 120)
            {
                throw new InvalidOperationException("The host did not become healthy within 60 s.");
            }

            await Task.Delay(500);
        }

        var agency = await http.PutAsJsonAsync("/api/v1/agencies/UBND-03388", new
        {
            name = "Ủy ban nhân dân phường Đoàn Kết",
            kind = "peoplesCommittee",
            unitCode = "03388",
            active = true,
            members = new[] { new { userId = "lan.le", fullName = "Lê Thị Lan", role = "leader", focalLeader = true } },
        });
        agency.EnsureSuccessStatusCode();
        var key = await http.PostAsJsonAsync("/api/v1/api-keys", new { name = "intake-load", role = "Integration" });
        key.EnsureSuccessStatusCode();
        http.DefaultRequestHeaders.Remove("X-Api-Key");
        return (await key.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("key").GetString()!;
    }

    private static async Task<bool> Healthy(HttpClient http)
    {
        try
        {
            return (await http.GetAsync("/health")).IsSuccessStatusCode;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }

    private static readonly string[] Texts =
    [
        "Ổ gà lớn giữa đường, xe máy dễ ngã khi trời mưa",
        "Đèn đường không sáng từ ba hôm nay, đi lại buổi tối nguy hiểm",
        "Rác thải đổ bừa bãi ven suối, bốc mùi khó chịu",
        "Cống thoát nước bị tắc, nước tràn ra mặt đường",
    ];

    /// <summary>Different reporters, places and texts, so that duplicate detection does its real work.</summary>
    public static Dictionary<string, string> Form(string key, int worker, int n) => new()
    {
        ["api_key"] = key,
        ["service_code"] = "khac",
        ["lat"] = (22.4345 + (((worker * 7919) + n) % 300) * 0.00001).ToString("F6", CultureInfo.InvariantCulture),
        ["long"] = (103.3990 + (((worker * 104729) + (n * 31)) % 300) * 0.00001).ToString("F6", CultureInfo.InvariantCulture),
        ["first_name"] = "Văn An",
        ["last_name"] = "Nguyễn",
        ["phone"] = string.Create(CultureInfo.InvariantCulture, $"09{(worker * 1_000_000) + n:00000000}"),
        ["email"] = "reporter@example.vn",
        ["description"] = $"{Texts[(worker + n) % Texts.Length]} (lần {n}, người gửi {worker}).",
    };
}
