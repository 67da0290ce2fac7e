using LaiChau.Testing;

namespace LaiChau.Host.Tests.Infrastructure;

/// <summary>Host tests on PostgreSQL share one database, emptied by Respawn before each test.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresDatabase>
{
    public const string Name = "PostgreSQL";
}
