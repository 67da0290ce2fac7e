using LaiChau.Host.Workflows;
using LaiChau.Workflows.Engine;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace LaiChau.EngineLoad;

/// <summary>The real host (engine, workers, DI, migrations) in this process, on the benchmark's PostgreSQL.</summary>
internal sealed class LoadHost(string connectionString, string dataDirectory, Action<IServiceCollection>? services = null)
    : WebApplicationFactory<Program>
{
    public WorkflowEngine Engine => Services.GetRequiredService<WorkflowEngine>();

    public WorkflowQueries Queries => Services.GetRequiredService<WorkflowQueries>();

    public WorkerActivity Workers => Services.GetRequiredService<WorkerActivity>();

    /// <summary>The host's project folder (its appsettings.json): found from the solution file above the current folder.</summary>
    public static string HostContentRoot()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "LaiChau.Workflow.sln")))
            {
                return Path.Combine(dir.FullName, "src", "Host");
            }
        }

        throw new InvalidOperationException("Run the load script from inside the repository (LaiChau.Workflow.sln not found above the current folder).");
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseContentRoot(HostContentRoot());
        builder.UseSetting("Database:Provider", "Postgres");
        builder.UseSetting("ConnectionStrings:Postgres", connectionString);
        builder.UseSetting("Storage:DataDirectory", dataDirectory);
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseEnvironment("Production");
        if (services is not null)
        {
            builder.ConfigureTestServices(services);
        }
    }
}

/// <summary>The no-op handler of the throughput run.</summary>
internal sealed class NoOpHandler(string type) : IJobHandler
{
    public string Type => type;

    public Task<JobResult> HandleAsync(ActivatedJob job, CancellationToken ct) => Task.FromResult(JobResult.Complete());
}
