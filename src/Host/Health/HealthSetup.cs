using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace LaiChau.Host.Health;

public static class HealthSetup
{
    private const string ReadyTag = "ready";

    /// <summary>
    /// <c>/health</c> runs every check; <c>/health/ready</c> only those that must pass before the app takes work
    /// (tag "ready"). Both answer 200 when healthy or degraded, 503 when unhealthy, with a JSON report. Features add
    /// their own checks: the scheduler (TimersSetup) and each outgoing channel (<see cref="OutgoingChannelHealthChecks"/>).
    /// </summary>
    public static WebApplicationBuilder AddHealth(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<HealthOptions>().BindConfiguration(HealthOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database", tags: [ReadyTag])
            .AddCheck<StartupHealthCheck>("startup", tags: [ReadyTag])
            .AddCheck<DataFolderHealthCheck>("data-folder");
        return builder;
    }

    public static WebApplication MapHealth(this WebApplication app)
    {
        app.MapHealthChecks("/health", new HealthCheckOptions { ResponseWriter = WriteReportAsync }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(ReadyTag),
            ResponseWriter = WriteReportAsync,
        }).AllowAnonymous();
        return app;
    }

    private static Task WriteReportAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        var body = new
        {
            status = report.Status.ToString(),
            totalDurationMs = Math.Round(report.TotalDuration.TotalMilliseconds, 1),
            checks = report.Entries.ToDictionary(e => e.Key, e => new
            {
                status = e.Value.Status.ToString(),
                description = e.Value.Description,
                durationMs = Math.Round(e.Value.Duration.TotalMilliseconds, 1),
                data = e.Value.Data.Count == 0 ? null : e.Value.Data.ToDictionary(d => d.Key, d => Plain(d.Value)),
            }),
        };
        return JsonSerializer.SerializeAsync(context.Response.Body, body, JsonSerializerOptions.Web, context.RequestAborted);
    }

    /// <summary>Numbers, flags and instants as they are; anything else a check adds (a library's own types) as text.</summary>
    private static object? Plain(object? value) => value is null or string or bool or int or long or double or DateTimeOffset
        ? value
        : Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture);
}
