namespace LaiChau.Host.Testing;

/// <summary><c>Testing</c>: switches for black-box tests; refused in the Production environment.</summary>
public sealed class TestingOptions
{
    public const string Section = "Testing";

    /// <summary>The app's clock can be moved through <c>/api/v1/testing/clock</c>.</summary>
    public bool ControlledClock { get; set; }
}
