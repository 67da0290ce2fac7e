using LaiChau.Host.Security.ApiKeys;
using Microsoft.Extensions.Options;

namespace LaiChau.Host.Testing;

public static class TestingSetup
{
    /// <summary>With <c>Testing:ControlledClock</c>, the app's clock is a <see cref="ControlledClock"/>; refused in Production.</summary>
    public static WebApplicationBuilder AddTesting(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<TestingOptions>().BindConfiguration(TestingOptions.Section).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<TestingOptions>, TestingOptionsValidator>();
        if (builder.Configuration.GetValue<bool>($"{TestingOptions.Section}:{nameof(TestingOptions.ControlledClock)}"))
        {
            var clock = new ControlledClock();
            builder.Services.AddSingleton(clock);
            builder.Services.AddSingleton<TimeProvider>(clock);
        }

        return builder;
    }

    public static WebApplication MapTesting(this WebApplication app)
    {
        if (app.Services.GetService<ControlledClock>() is not null)
        {
            // Black-box test plumbing, absent from real installs: not part of the API description.
            TestingEndpoints.Map(app.MapGroup("/api/v1/testing").RequireAuthorization(ApiKeysSetup.AdministratorPolicy).ExcludeFromDescription());
        }

        return app;
    }

    private sealed class TestingOptionsValidator(IHostEnvironment environment) : IValidateOptions<TestingOptions>
    {
        public ValidateOptionsResult Validate(string? name, TestingOptions options) =>
            options.ControlledClock && environment.IsProduction()
                ? ValidateOptionsResult.Fail(
                    "Testing:ControlledClock is on in the Production environment: a movable clock would falsify every deadline. Turn it off.")
                : ValidateOptionsResult.Success;
    }
}
