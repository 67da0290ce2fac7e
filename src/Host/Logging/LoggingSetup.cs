using System.Globalization;
using LaiChau.Host.Configuration;
using LaiChau.Host.Security.ApiKeys;
using Microsoft.Extensions.Options;
using Serilog;
using Serilog.Events;
using Serilog.Formatting.Compact;

namespace LaiChau.Host.Logging;

public static class LoggingSetup
{
    /// <summary>
    /// Serilog to the console and to rolling compact-JSON files in <c>data/logs/</c>. Framework request logs
    /// (which carry full URLs) are silenced in favour of one line per request that names the route template.
    /// </summary>
    public static WebApplicationBuilder AddLogging(this WebApplicationBuilder builder)
    {
        builder.Services.AddSerilog((services, logger) => logger
            .MinimumLevel.Information()
            .MinimumLevel.Override("Microsoft.AspNetCore", LogEventLevel.Warning)
            .MinimumLevel.Override("Microsoft.EntityFrameworkCore", LogEventLevel.Warning)
            .MinimumLevel.Override(typeof(ApiKeyAuthenticationHandler).FullName!, LogEventLevel.Warning)
            // Quartz narrates its configuration and every start and stop at Information; its warnings still show.
            .MinimumLevel.Override("Quartz", LogEventLevel.Warning)
            // A start-up failure is reported once, as one line, by StartupFailure.RunOrExplainAsync.
            .MinimumLevel.Override("Microsoft.Extensions.Hosting.Internal.Host", LogEventLevel.Fatal)
            .ReadFrom.Configuration(builder.Configuration)
            .Enrich.FromLogContext()
            .Enrich.With<RequestPathRemover>()
            .WriteTo.Console(formatProvider: CultureInfo.InvariantCulture)
            .WriteTo.File(
                new CompactJsonFormatter(),
                Path.Combine(services.GetRequiredService<IOptions<StorageOptions>>().Value.DataDirectory, "logs", "laichau-.json"),
                rollingInterval: RollingInterval.Day,
                retainedFileCountLimit: 31,
                fileSizeLimitBytes: 100 * 1024 * 1024,
                rollOnFileSizeLimit: true),
            // Each host owns its logger (request logging included) instead of the process-wide static one,
            // so that hosts that come and go in one process (tests) never write to each other's files.
            preserveStaticLogger: true);
        return builder;
    }

    /// <summary>Logs method, route template, status and time; never the raw path, query string, headers or body.</summary>
    public static WebApplication UseRequestLogging(this WebApplication app)
    {
        app.UseSerilogRequestLogging(options =>
        {
            options.Logger = app.Services.GetRequiredService<Serilog.ILogger>(); // this host's, not the static one
            options.MessageTemplate = "HTTP {RequestMethod} {RequestRoute} responded {StatusCode} in {Elapsed:0.0} ms";
            options.GetMessageTemplateProperties = (context, _, elapsed, status) =>
            [
                new("RequestMethod", new ScalarValue(context.Request.Method)),
                new("RequestRoute", new ScalarValue(RouteOf(context))),
                new("StatusCode", new ScalarValue(status)),
                new("Elapsed", new ScalarValue(elapsed)),
            ];
            options.GetLevel = (context, _, exception) =>
                exception is not null || context.Response.StatusCode >= 500 ? LogEventLevel.Error
                : RouteOf(context).StartsWith("/health", StringComparison.Ordinal) ? LogEventLevel.Debug
                : LogEventLevel.Information;
        });
        return app;
    }

    /// <summary>
    /// Right after routing: keeps the endpoint the client's request matched, so that the log names it rather than the
    /// error page a failed page request is re-executed into.
    /// </summary>
    public static WebApplication UseRequestRouteCapture(this WebApplication app)
    {
        app.Use((context, next) =>
        {
            context.Items.TryAdd(MatchedEndpointKey, context.GetEndpoint());
            return next(context);
        });
        return app;
    }

    private const string MatchedEndpointKey = "laichau:matched-endpoint";

    private static string RouteOf(HttpContext context) =>
        (context.Items.TryGetValue(MatchedEndpointKey, out var matched) ? matched : context.GetEndpoint())
            is RouteEndpoint { RoutePattern.RawText: { } pattern } endpoint
            && endpoint.Metadata.GetMetadata<Web.WebSetup.UnmatchedPage>() is null
            ? "/" + pattern.Trim('/')
            : "(no matching route)";
}
