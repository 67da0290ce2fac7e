using System.Diagnostics;
using System.Globalization;
using LaiChau.PageTimings;

// Usage: LaiChau.PageTimings <base url> <admin key> [reports=2000] [requests per page=30]
if (args.Length < 2)
{
    Console.Error.WriteLine("usage: LaiChau.PageTimings <base url> <admin key> [reports] [requests per page]");
    return 2;
}

var baseUrl = new Uri(args[0].TrimEnd('/') + "/");
var reports = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 2000;
var perPage = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 30;

var world = await World.PrepareAsync(baseUrl, args[1]);
var seeding = Stopwatch.StartNew();
var codes = await world.SeedAsync(reports);
Console.WriteLine($"seeded {codes.Count} reports in {seeding.Elapsed.TotalSeconds:F0} s; timing {perPage} requests per page after 5 warm-up");

var code = codes[codes.Count / 2];
(string Who, string Path)[] pages =
[
    ("", "/"), ("", "/gui-phan-anh"), ("", "/ket-qua"), ("", "/thong-ke"), ("", $"/tra-cuu?code={code}"),
    ("an.nguyen", "/can-bo"), ("an.nguyen", $"/can-bo/ho-so/{code}"), ("lan.le", "/giam-sat"),
    ("soc.officer", "/trung-tam"), ("soc.officer", "/can-bo"), ("quan.tri", "/quan-tri"),
];

Console.WriteLine($"{"page",-40} {"as",-12} {"status",6} {"p50 ms",8} {"p95 ms",8} {"max ms",8}");
var slowest = 0.0;
foreach (var (who, path) in pages)
{
    using var client = await world.ClientAsync(who);
    var status = 0;
    var times = new List<double>();
    for (var i = 0; i < perPage + 5; i++)
    {
        var started = Stopwatch.GetTimestamp();
        using var response = await client.GetAsync(path.TrimStart('/'));
        await response.Content.ReadAsByteArrayAsync();
        if (i >= 5)
        {
            times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        status = (int)response.StatusCode;
    }

    times.Sort();
    double P(double q) => times[Math.Min(times.Count - 1, (int)Math.Ceiling(q * times.Count) - 1)];
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{path,-40} {(who.Length == 0 ? "(citizen)" : who),-12} {status,6} {P(0.5),8:F1} {P(0.95),8:F1} {P(1),8:F1}"));
    slowest = status == 200 ? Math.Max(slowest, P(0.95)) : slowest;
}

Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"slowest p95 of the pages that answered 200: {slowest:F1} ms"));
return 0;
