using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Metadata.Conventions;

namespace LaiChau.Workflows.Persistence;

/// <summary>Marks <see cref="IVersioned.Version"/> as the concurrency token of every entity that implements it.</summary>
public sealed class VersionConvention : IModelFinalizingConvention
{
    public void ProcessModelFinalizing(IConventionModelBuilder modelBuilder, IConventionContext<IConventionModelBuilder> context)
    {
        foreach (var entityType in modelBuilder.Metadata.GetEntityTypes())
        {
            if (!typeof(IVersioned).IsAssignableFrom(entityType.ClrType))
            {
                continue;
            }

            entityType.Builder.Property(typeof(long), nameof(IVersioned.Version))?.IsConcurrencyToken(true);
        }
    }
}
