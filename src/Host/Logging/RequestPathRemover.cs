using Serilog.Core;
using Serilog.Events;

namespace LaiChau.Host.Logging;

/// <summary>
/// ASP.NET puts the raw request path on every event logged during a request; paths can carry personal data or
/// secret links, so it is dropped (the request line logs the route template instead).
/// </summary>
public sealed class RequestPathRemover : ILogEventEnricher
{
    public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory) =>
        logEvent.RemovePropertyIfPresent("RequestPath");
}
