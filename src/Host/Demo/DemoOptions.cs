using Microsoft.Extensions.Options;

namespace LaiChau.Host.Demo;

/// <summary><c>Demo</c>: <c>--demo</c> on the command line sets <c>Demo:Enabled</c>; refused in Production.</summary>
public sealed class DemoOptions
{
    public const string Section = "Demo";

    public bool Enabled { get; set; }
}

/// <summary>Demo data belongs to evaluation installs: a Production host, or one whose clock tests move, refuses it.</summary>
internal sealed class DemoOptionsValidator(IHostEnvironment environment, IConfiguration configuration) : IValidateOptions<DemoOptions>
{
    public ValidateOptionsResult Validate(string? name, DemoOptions options) =>
        !options.Enabled ? ValidateOptionsResult.Success
        : environment.IsProduction() ? ValidateOptionsResult.Fail(
            "--demo (Demo:Enabled) is refused in the Production environment: demo agencies, accounts and reports belong to evaluation installs.")
        : configuration.GetValue<bool>("Testing:ControlledClock") ? ValidateOptionsResult.Fail(
            "--demo cannot run with Testing:ControlledClock: the demo moves its own clock through the reports' history.")
        : ValidateOptionsResult.Success;
}
