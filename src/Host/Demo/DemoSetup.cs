using Microsoft.Extensions.Options;

namespace LaiChau.Host.Demo;

/// <summary>
/// <c>dotnet run --project src/Host -- --demo</c> (issue 19 point 9): a first run worth exploring — agencies made
/// ready, staff accounts for each role, and reports spread over the process's states and the last months. See
/// docs/demo.md.
/// </summary>
public static class DemoSetup
{
    public const string Switch = "--demo";

    /// <summary>
    /// The host's options: <c>--demo</c> becomes <c>Demo:Enabled=true</c>, and unless an environment is set explicitly the
    /// host runs as environment "Demo" (plain <c>dotnet run</c> would be Production, where the demo is refused).
    /// </summary>
    public static WebApplicationOptions Options(string[] args)
    {
        if (!args.Contains(Switch, StringComparer.Ordinal))
        {
            return new WebApplicationOptions { Args = args };
        }

        var explicitEnvironment = args.Any(a => a.StartsWith("--environment", StringComparison.OrdinalIgnoreCase))
            || Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT") is { Length: > 0 }
            || Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT") is { Length: > 0 };
        return new WebApplicationOptions
        {
            Args = [.. args.Where(a => a != Switch), $"--{DemoOptions.Section}:{nameof(DemoOptions.Enabled)}=true"],
            EnvironmentName = explicitEnvironment ? null : "Demo",
        };
    }

    /// <summary>First of the hosted services: it decides, before anything is written, whether the demo seeds and sets the clock back.</summary>
    public static WebApplicationBuilder AddDemo(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<DemoOptions>().BindConfiguration(DemoOptions.Section).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<DemoOptions>, DemoOptionsValidator>();
        if (builder.Configuration.GetValue<bool>($"{DemoOptions.Section}:{nameof(DemoOptions.Enabled)}"))
        {
            var clock = new DemoClock();
            builder.Services.AddSingleton(clock);
            builder.Services.AddSingleton<TimeProvider>(clock);
            builder.Services.AddSingleton<DemoSeeding>();
            builder.Services.AddHostedService(sp => sp.GetRequiredService<DemoSeeding>());
        }

        return builder;
    }
}
