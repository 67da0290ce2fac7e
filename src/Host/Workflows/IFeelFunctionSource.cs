using LaiChau.Workflows.Feel;

namespace LaiChau.Host.Workflows;

/// <summary>
/// A feature's own FEEL functions for the process definitions (e.g. an agency's resolution limit, R7.3), registered
/// in DI and added to the engine's registry beside the built-ins and the calendar's, as Zeebe's function providers are.
/// </summary>
public interface IFeelFunctionSource
{
    FeelFunctions Register(FeelFunctions functions);
}
