using LaiChau.Host.Data;
using Npgsql;

namespace LaiChau.Host.Tests.Data;

/// <summary>ADR 29: the host's PostgreSQL connections prepare repeated statements and skip the pool's reset, unless the operator says otherwise.</summary>
public sealed class PostgresStatementsTests
{
    [Fact]
    public void AConnectionStringWithoutASetting_PreparesRepeatedStatements()
    {
        var result = new NpgsqlConnectionStringBuilder(PostgresStatements.WithHostDefaults("Host=db.example;Username=app;Database=laichau"));

        Assert.Equal(PostgresStatements.MaxAutoPrepare, result.MaxAutoPrepare);
        Assert.Equal(PostgresStatements.AutoPrepareMinUsages, result.AutoPrepareMinUsages);
        Assert.Equal("db.example", result.Host);
        Assert.Equal("laichau", result.Database);
        Assert.Null(result.Options); // plans: the server's own choice (ADR 29, second amendment)
        Assert.True(result.NoResetOnClose);
    }

    [Theory]
    [InlineData("Host=db.example;No Reset On Close=false")]
    [InlineData("Host=db.example;noresetonclose=False")]
    public void TheOperatorsOwnReset_Wins(string connectionString)
    {
        var result = new NpgsqlConnectionStringBuilder(PostgresStatements.WithHostDefaults(connectionString));

        Assert.False(result.NoResetOnClose);
        Assert.Equal(PostgresStatements.MaxAutoPrepare, result.MaxAutoPrepare);
    }

    [Theory]
    [InlineData("Host=db.example;Options=-c search_path=app", "-c search_path=app")]
    [InlineData("Host=db.example;Options=-c plan_cache_mode=force_custom_plan", "-c plan_cache_mode=force_custom_plan")]
    public void TheOperatorsOptions_AreKeptAsTheyAre(string connectionString, string expected)
    {
        var result = new NpgsqlConnectionStringBuilder(PostgresStatements.WithHostDefaults(connectionString));

        Assert.Equal(expected, result.Options);
    }

    [Theory]
    [InlineData("Host=db.example;Max Auto Prepare=0", 0)]
    [InlineData("Host=db.example;MaxAutoPrepare=7", 7)]
    [InlineData("Host=db.example;max auto prepare=3", 3)]
    public void TheOperatorsOwnSetting_Wins(string connectionString, int expected)
    {
        var result = new NpgsqlConnectionStringBuilder(PostgresStatements.WithHostDefaults(connectionString));

        Assert.Equal(expected, result.MaxAutoPrepare);
    }
}
