namespace LaiChau.Testing;

/// <summary>A fresh SQLite database file per instance: tests on the embedded provider never share state.</summary>
public sealed class SqliteDatabase : IDisposable
{
    private readonly TempDirectory _directory = new("laichau-sqlite");

    public string FilePath => _directory.File("test.db");

    public string ConnectionString => $"Data Source={FilePath};Pooling=False";

    public void Dispose() => _directory.Dispose();
}
