using LaiChau.Host.ApiDocs;
using LaiChau.Host.Calendar;
using LaiChau.Host.Errors;
using LaiChau.Host.Security.ApiKeys;
using LaiChau.Host.Security.DesignerSignIn;
using LaiChau.Host.Workflows.Timers;
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
        services.AddOptions<JobWorkerOptions>().BindConfiguration(JobWorkerOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<WorkerActivity>();
        services.AddScoped<TaskCompletion>();
        services.AddHostedService<JobWorkerService>();
        services.AddScoped<Messages.MessagePublisher>();
        services.AddSingleton<JobTypeAccess>();
        services.AddSingleton(sp => new WorkflowEngine(
            sp.GetRequiredService<IWorkflowDatabase>(),
            sp.GetRequiredService<TimeProvider>(),
            EngineOptions(sp),
            Functions(sp),
            sp.GetRequiredService<IUserTaskAuthorization>(),
            sp.GetRequiredService<CalendarSource>().Current,
            sp.GetService<LaiChau.Workflows.Forms.IFormOptionSource>()));
        // The engine's command parts (one runner, one group commit): a service injects the one it uses.
        services.AddSingleton(sp => sp.GetRequiredService<WorkflowEngine>().Deployments);
        services.AddSingleton(sp => sp.GetRequiredService<WorkflowEngine>().Instances);
        services.AddSingleton(sp => sp.GetRequiredService<WorkflowEngine>().Jobs);
        services.AddSingleton(sp => sp.GetRequiredService<WorkflowEngine>().UserTasks);
        services.AddSingleton(sp => sp.GetRequiredService<WorkflowEngine>().Messages);
        services.AddSingleton(sp => sp.GetRequiredService<WorkflowEngine>().Incidents);
        services.AddSingleton(sp => sp.GetRequiredService<WorkflowEngine>().Migrations);
        // Reads and the timer plumbing beside it, sharing its database and definition cache.
        services.AddSingleton(sp => new WorkflowQueries(sp.GetRequiredService<WorkflowEngine>()));
        services.AddSingleton(sp => new WorkflowStatistics(sp.GetRequiredService<WorkflowEngine>()));
        services.AddSingleton(sp => new WorkflowTimers(sp.GetRequiredService<WorkflowEngine>()));
        builder.AddTimers();
        return builder;
    }

    /// <summary>Registers a job handler: this host's workers run it, and its type is known to the engine.</summary>
    public static IServiceCollection AddJobHandler<THandler>(this IServiceCollection services)
        where THandler : class, IJobHandler
    {
        services.AddSingleton<IJobHandler, THandler>();
        return services;
    }

    /// <summary>A rule for the messages a feature gives meaning to: every route publishing them applies it (ADR 0021).</summary>
    public static IServiceCollection AddMessageRule<TRule>(this IServiceCollection services)
        where TRule : class, Messages.IMessageRule
    {
        services.AddScoped<Messages.IMessageRule, TRule>();
        return services;
    }

    /// <summary>
    /// Deadlines follow the administrators' calendar (working days; issue 5) in FEEL functions, timers and due dates;
    /// features add their own functions (<see cref="IFeelFunctionSource"/>).
    /// </summary>
    private static FeelFunctions Functions(IServiceProvider services) =>
        services.GetServices<IFeelFunctionSource>().Aggregate(
            WorkingDayFunctions.Register(FeelFunctions.BuiltIn, services.GetRequiredService<CalendarSource>().Current),
            (functions, source) => source.Register(functions));

    private static WorkflowEngineOptions EngineOptions(IServiceProvider services)
    {
        var workers = services.GetRequiredService<Microsoft.Extensions.Options.IOptions<JobWorkerOptions>>().Value;
        var handled = services.GetServices<IJobHandler>().Select(h => h.Type).Concat(workers.ExternalTypes).ToHashSet(StringComparer.Ordinal);
        return new WorkflowEngineOptions { IsJobTypeHandled = handled.Contains };
    }

    public static WebApplication MapWorkflows(this WebApplication app)
    {
        var api = app.MapGroup("/api/v1").RequireAuthorization(ApiKeysSetup.AdministratorPolicy);
        // The designer's page calls these with an administrator's browser session too (ADR 0013); the rest take keys only.
        DefinitionEndpoints.Map(api.MapGroup("/definitions").AcceptsDesignerSession().WithTags(ApiTags.Definitions).ProducesEngineProblems(typeof(DefinitionProblem)));
        DeploymentEndpoints.Map(api.MapGroup("/deployments").AcceptsDesignerSession().WithTags(ApiTags.Definitions).ProducesEngineProblems(typeof(DefinitionProblem)));
        FormEndpoints.Map(api.MapGroup("/forms").AcceptsDesignerSession().WithTags(ApiTags.Definitions));
        InstanceEndpoints.Map(api.MapGroup("/instances").WithTags(ApiTags.Instances).ProducesEngineProblems());
        TaskEndpoints.Map(app.MapGroup("/api/v1/tasks").RequireAuthorization(ApiKeysSetup.StaffPolicy).WithTags(ApiTags.Tasks).ProducesEngineProblems(typeof(FormProblem)));
        IncidentEndpoints.Map(api.MapGroup("/incidents").AcceptsDesignerSession().WithTags(ApiTags.Incidents).ProducesEngineProblems());
        MessageEndpoints.Map(app.MapGroup("/api/v1/messages").WithTags(ApiTags.Messages).WithSummary("Publish a message to the instances waiting for it").ProducesEngineProblems());
        JobEndpoints.Map(app.MapGroup("/api/v1/jobs").WithTags(ApiTags.Jobs).ProducesEngineProblems());
        return app;
    }
}
