namespace LaiChau.Host.Configuration;

/// <summary>Where the app keeps its local files: SQLite database, logs, mail pickup, bootstrap key.</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary>Absolute path; <c>Storage:DataDirectory</c> resolved against the content root (default <c>data</c>).</summary>
    public string DataDirectory { get; set; } = "";

    public static string Resolve(IConfiguration configuration, string contentRoot)
    {
        var configured = configuration[$"{Section}:DataDirectory"];
        return Path.GetFullPath(string.IsNullOrWhiteSpace(configured) ? "data" : configured, contentRoot);
    }
}
