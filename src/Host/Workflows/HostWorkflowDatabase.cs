using LaiChau.Host.Data;
using LaiChau.Workflows.Engine;

namespace LaiChau.Host.Workflows;

/// <summary>Gives the engine the app's own DbContext, one DI scope per command attempt.</summary>
public sealed class HostWorkflowDatabase(IServiceScopeFactory scopes) : IWorkflowDatabase
{
    public WorkflowSession Open()
    {
        var scope = scopes.CreateAsyncScope();
        return new WorkflowSession(scope.ServiceProvider.GetRequiredService<AppDbContext>(), scope);
    }
}
