using LaiChau.Workflows.Runtime;

namespace LaiChau.Workflows.Engine;

/// <summary>What every command needs: the clock, the semantics, the definitions and forms, and the options.</summary>
internal sealed class EngineServices(
    TimeProvider clock, Semantics semantics, DefinitionCatalog definitions, FormCatalog forms, WorkflowEngineOptions options)
{
    public TimeProvider Clock => clock;

    public Semantics Semantics => semantics;

    public DefinitionCatalog Definitions => definitions;

    public FormCatalog Forms => forms;

    public WorkflowEngineOptions Options => options;
}
