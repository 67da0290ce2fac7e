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
// The raw single-row insert rate of the same cluster in the same run (4 clients, as the engine's load script):
// absolute rates move with the machine, intake/raw far less.
var rawBefore = await Raw.InsertsPerSecondAsync(postgres, seconds: 10, clients: 4);
// intake-load.sh samples CPU from this line on: print it when the load starts.
Console.WriteLine($"intake load: {concurrency} clients, {warmUp} s warm-up, {seconds} s measured, against {baseUrl}");

await Run(TimeSpan.FromSeconds(warmUp), record: false);
var before = await CountAsync(postgres);
var measuredFrom = await Receipts.NowAsync(postgres);
var (accepted, refused, latencies, elapsed) = await Run(TimeSpan.FromSeconds(seconds), record: true);
var measuredTo = await Receipts.NowAsync(postgres);
// Let in-flight work settle, then every accepted report must be a row (nothing lost).
var after = await CountAsync(postgres);
var lag = await Receipts.LagAsync(postgres, measuredFrom, measuredTo, catchUp: TimeSpan.FromSeconds(60));
var rawAfter = await Raw.InsertsPerSecondAsync(postgres, seconds: 10, clients: 4);
var raw = (rawBefore + rawAfter) / 2;

latencies.Sort();
double P(double q) => latencies.Count == 0 ? double.NaN : latencies[Math.Min(latencies.Count - 1, (int)Math.Ceiling(q * latencies.Count) - 1)];
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"accepted {accepted}, refused {refused}, {accepted / elapsed.TotalSeconds:F0} reports/s; latency ms p50 {P(0.50):F1} p95 {P(0.95):F1} p99 {P(0.99):F1} max {P(1.0):F1}"));
Console.WriteLine($"rows added during the measured run: {after - before} (accepted {accepted}) -> {(after - before == accepted ? "nothing lost" : "MISMATCH")}");
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"raw single-row inserts: {raw:F0} tx/s (4 clients; {rawBefore:F0} before, {rawAfter:F0} after) · intake/raw = {accepted / elapsed.TotalSeconds / raw:P2} · load average {Raw.LoadAverage()}"));
Console.WriteLine(lag);
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
            if (i > 360)
            {
                throw new InvalidOperationException("The host did not become healthy within 180 s.");
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

/// <summary>Raw single-row insert transactions on the same cluster: the yardstick of the machine's speed in this run.</summary>
internal static class Raw
{
    public static async Task<double> InsertsPerSecondAsync(string connectionString, int seconds, int clients)
    {
        await using (var setup = new NpgsqlConnection(connectionString))
        {
            await setup.OpenAsync();
            await using var create = new NpgsqlCommand("DROP TABLE IF EXISTS raw_rows; CREATE TABLE raw_rows (id uuid PRIMARY KEY, at timestamptz NOT NULL, body text NOT NULL)", setup);
            await create.ExecuteNonQueryAsync();
        }

        var stop = Stopwatch.StartNew();
        var counts = await Task.WhenAll(Enumerable.Range(0, clients).Select(async _ =>
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync();
            await using var insert = new NpgsqlCommand("INSERT INTO raw_rows (id, at, body) VALUES ($1, $2, $3)", connection);
            insert.Parameters.Add(new NpgsqlParameter { Value = Guid.Empty });
            insert.Parameters.Add(new NpgsqlParameter { Value = DateTimeOffset.UnixEpoch });
            insert.Parameters.Add(new NpgsqlParameter { Value = "{\"instance\":\"row\"}" });
            await insert.PrepareAsync();
            var count = 0;
            while (stop.Elapsed.TotalSeconds < seconds)
            {
                insert.Parameters[0].Value = Guid.CreateVersion7();
                insert.Parameters[1].Value = DateTimeOffset.UtcNow;
                await insert.ExecuteNonQueryAsync(); // autocommit: one transaction per row
                count++;
            }

            return count;
        }));
        return counts.Sum() / stop.Elapsed.TotalSeconds;
    }

    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";
}

/// <summary>
/// The lag from a report's commit to the commit of its receipt notice, from PostgreSQL's commit timestamps
/// (intake-load.sh turns on track_commit_timestamp), for the reports committed during the measured run. A receipt
/// still missing after the catch-up wait counts with the lag it has reached by then.
/// </summary>
internal static class Receipts
{
    public static async Task<DateTimeOffset> NowAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT clock_timestamp()", connection);
        return new DateTimeOffset((DateTime)(await command.ExecuteScalarAsync())!, TimeSpan.Zero); // timestamptz: a UTC DateTime
    }

    public static async Task<string> LagAsync(string connectionString, DateTimeOffset from, DateTimeOffset to, TimeSpan catchUp)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using (var enabled = new NpgsqlCommand("SHOW track_commit_timestamp", connection))
        {
            if ((string?)await enabled.ExecuteScalarAsync() != "on")
            {
                return "receipt lag: not measured (track_commit_timestamp is off)";
            }
        }

        const string Missing = """
            SELECT count(*) FROM reports r
            WHERE pg_xact_commit_timestamp(r.xmin) BETWEEN $1 AND $2
              AND NOT EXISTS (SELECT 1 FROM notices n WHERE n."ReportCode" = r."Code" AND n."Kind" = 'receipt')
            """;
        var waited = Stopwatch.StartNew();
        var progress = Stopwatch.StartNew();
        long missing = long.MaxValue;
        while (true)
        {
            await using var count = new NpgsqlCommand(Missing, connection) { Parameters = { new() { Value = from }, new() { Value = to } } };
            var now = (long)(await count.ExecuteScalarAsync())!;
            if (now < missing)
            {
                progress.Restart();
            }

            missing = now;
            // Done, out of time, or nobody writes them (an API-only host): no progress for 5 s.
            if (missing == 0 || waited.Elapsed > catchUp || progress.Elapsed > TimeSpan.FromSeconds(5))
            {
                break;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(500));
        }

        await using var lags = new NpgsqlCommand("""
            SELECT extract(epoch FROM coalesce(pg_xact_commit_timestamp(n.xmin), clock_timestamp()) - pg_xact_commit_timestamp(r.xmin)) * 1000
            FROM reports r LEFT JOIN notices n ON n."ReportCode" = r."Code" AND n."Kind" = 'receipt'
            WHERE pg_xact_commit_timestamp(r.xmin) BETWEEN $1 AND $2
            """, connection) { Parameters = { new() { Value = from }, new() { Value = to } } };
        var values = new List<double>();
        await using (var reader = await lags.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                values.Add(Convert.ToDouble(reader.GetValue(0), CultureInfo.InvariantCulture));
            }
        }

        if (values.Count == 0)
        {
            return "receipt lag: no reports committed in the measured run";
        }

        values.Sort();
        double P(double q) => values[Math.Min(values.Count - 1, (int)Math.Ceiling(q * values.Count) - 1)];
        var caughtUp = missing == 0 ? $"all caught up {waited.Elapsed.TotalSeconds:F0} s after the run" : $"{missing} still missing {waited.Elapsed.TotalSeconds:F0} s after the run (an API-only host has no workers)";
        return string.Create(CultureInfo.InvariantCulture,
            $"receipt lag (report commit → receipt notice commit) over {values.Count} reports: p50 {P(0.5):F0} ms, p99 {P(0.99):F0} ms, max {P(1.0):F0} ms; {caughtUp}");
    }
}
