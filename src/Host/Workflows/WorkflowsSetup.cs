using LaiChau.Host.Security.ApiKeys;
using LaiChau.Workflows.Calendar;
using LaiChau.Workflows.Engine;
using LaiChau.Workflows.Feel;

namespace LaiChau.Host.Workflows;

public static class WorkflowsSetup
{
    /// <summary>The durable engine (issue 4) over the app's database, and the job workers of this host.</summary>
    public static WebApplicationBuilder AddWorkflows(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.Configure<Microsoft.AspNetCore.Http.Json.JsonOptions>(o =>
        {
            o.SerializerOptions.Converters.Add(new FeelValueJsonConverter());
            o.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter(System.Text.Json.JsonNamingPolicy.CamelCase));
        });
        services.AddSingleton<IWorkflowDatabase, HostWorkflowDatabase>();
        services.AddSingleton<IUserTaskAuthorization, CandidateTaskAuthorization>();
        services.AddSingleton(sp => new WorkflowEngine(
            sp.GetRequiredService<IWorkflowDatabase>(),
            sp.GetRequiredService<TimeProvider>(),
            new WorkflowEngineOptions(),
            // The official decisions shipped with the app; administrators' later edits reach FEEL with issue 5's wiring.
            WorkingDayFunctions.Register(FeelFunctions.BuiltIn, new WorkingDayCalculator(WorkingDayCalendar.Official)),
            sp.GetRequiredService<IUserTaskAuthorization>()));
        return builder;
    }

    public static WebApplication MapWorkflows(this WebApplication app)
    {
        var api = app.MapGroup("/api/v1").RequireAuthorization(ApiKeysSetup.AdministratorPolicy);
        DefinitionEndpoints.Map(api.MapGroup("/definitions"));
        InstanceEndpoints.Map(api.MapGroup("/instances"));
        TaskEndpoints.Map(api.MapGroup("/tasks"));
        IncidentEndpoints.Map(api.MapGroup("/incidents"));
        return app;
    }
}
