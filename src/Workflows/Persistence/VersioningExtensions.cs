using Microsoft.EntityFrameworkCore;

namespace LaiChau.Workflows.Persistence;

/// <summary>Turns on optimistic versioning for every <see cref="IVersioned"/> table of a DbContext.</summary>
public static class VersioningExtensions
{
    public static ModelConfigurationBuilder AddVersionConvention(this ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Conventions.Add(_ => new VersionConvention());
        return configurationBuilder;
    }

    public static TBuilder AddVersionInterceptor<TBuilder>(this TBuilder optionsBuilder)
        where TBuilder : DbContextOptionsBuilder
    {
        optionsBuilder.AddInterceptors(new VersionInterceptor());
        return optionsBuilder;
    }
}
