using System.Net;
using LaiChau.Host.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LaiChau.Host.Tests.Errors;

/// <summary>Exceptions from anywhere in the pipeline come out of the APIs as problem details, with no internals (pages get docs/web.md's HTML error page).</summary>
public sealed class ExceptionProblemMapperTests : IAsyncLifetime
{
    private readonly HostFactory _host = new();

    [Fact]
    public async Task UnexpectedException_Is500WithoutItsMessage()
    {
        using var client = CreateClient();

        var response = await client.GetAsync("/api/test/throw/bug");

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.InternalServerError);
        Assert.DoesNotContain("secret internals", await response.Content.ReadAsStringAsync());
        Assert.Contains("trace id", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task ConcurrencyConflict_Is409()
    {
        using var client = CreateClient();

        await ProblemAssert.IsProblemAsync(await client.GetAsync("/api/test/throw/conflict"), HttpStatusCode.Conflict);
    }

    private HttpClient CreateClient()
    {
        var client = _host.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
            services.AddSingleton<IStartupFilter, ThrowingEndpoints>())).CreateClient();
        client.DefaultRequestHeaders.Add(LaiChau.Host.Security.ApiKeys.ApiKeyRules.HeaderName, HostFactory.AdminKey);
        return client;
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _host.DisposeAsync();

    /// <summary>Appends test endpoints at the end of the app's own pipeline (inside its exception handler).</summary>
    private sealed class ThrowingEndpoints : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.Use((context, nextMiddleware) => context.Request.Path.Value switch
            {
                "/api/test/throw/bug" => throw new InvalidOperationException("secret internals"),
                "/api/test/throw/conflict" => throw new DbUpdateConcurrencyException("lost race"),
                _ => nextMiddleware(context),
            });
        };
    }
}
