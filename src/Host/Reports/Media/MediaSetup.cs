using LaiChau.Host.Configuration;
using LaiChau.Host.Reports.Media.Remote;
using LaiChau.Host.Workflows.Timers;
using Microsoft.Extensions.Options;

namespace LaiChau.Host.Reports.Media;

public static class MediaSetup
{
    /// <summary>
    /// Report media (issue 6 point 6): limits validated at start, the file-system blob store under
    /// <c>&lt;data&gt;/media</c>, intake checks, <c>media_url</c> fetches (issue 19), signed links and the R10.1 purge as the media-retention hook
    /// (registered before the timers' logging default, which is added with TryAdd).
    /// </summary>
    public static WebApplicationBuilder AddReportMedia(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<MediaOptions>().BindConfiguration(MediaOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<MediaOptions>, MediaOptionsValidator>();
        services.AddSingleton<IMediaStore>(sp => new FileSystemMediaStore(
            Path.Combine(sp.GetRequiredService<IOptions<StorageOptions>>().Value.DataDirectory, "media"),
            sp.GetRequiredService<TimeProvider>()));
        services.AddScoped<MediaIntake>();
        services.AddOptions<RemoteFetchOptions>().BindConfiguration(RemoteFetchOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<RemoteFetchOptions>, RemoteFetchOptionsValidator>();
        services.AddSingleton<IRemoteAddressPolicy, PublicAddressPolicy>();
        // No logging handlers: they would log the client's URL, which may carry personal data or tokens.
        services.AddHttpClient(RemoteMediaFetcher.ClientName, client => client.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(sp => RemoteFetchHandler.Create(sp.GetRequiredService<IRemoteAddressPolicy>()))
            .RemoveAllLoggers();
        services.AddSingleton<RemoteMediaFetcher>();
        services.AddSingleton<MediaLinks>();
        services.AddSingleton<IMediaRetentionHook, MediaRetention>();
        return builder;
    }
}
