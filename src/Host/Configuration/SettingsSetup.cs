using LaiChau.Host.Data;
using LaiChau.Host.Security;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace LaiChau.Host.Configuration;

public static class SettingsSetup
{
    /// <summary>Binds and validates every setting when the app starts, so that a bad value stops it at once.</summary>
    public static WebApplicationBuilder AddSettings(this WebApplicationBuilder builder)
    {
        // Resolved when first asked for, so that settings added after this call (tests, hosting) are seen.
        builder.Services.AddOptions<StorageOptions>()
            .Configure<IConfiguration, IHostEnvironment>((o, config, env) =>
                o.DataDirectory = StorageOptions.Resolve(config, env.ContentRootPath));

        builder.Services.AddOptions<DatabaseOptions>()
            .Bind(builder.Configuration.GetSection(DatabaseOptions.Section))
            .Configure<IConfiguration, IOptions<StorageOptions>>((o, config, storage) =>
                o.ApplyConnectionStrings(config, storage.Value.DataDirectory))
            .ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<DatabaseOptions>, DatabaseOptionsValidator>();

        builder.Services.AddOptions<SecurityOptions>()
            .Bind(builder.Configuration.GetSection(SecurityOptions.Section))
            .ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<SecurityOptions>, SecurityOptionsValidator>();

        builder.Services.TryAddSingleton(TimeProvider.System);
        return builder;
    }
}
