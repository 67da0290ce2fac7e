namespace LaiChau.Host.Reports.Media;

/// <summary>A blob as stored: the SHA-256 of its content (its address, lower-case hex) and its length.</summary>
public sealed record StoredBlob(string Sha256, long Length);

/// <summary>A blob found in the store with the time it was last written (or stored again).</summary>
public sealed record BlobEntry(string Sha256, DateTimeOffset WrittenAt);

/// <summary>
/// Where media bytes live, addressed by content (issue 6 point 6): the same photo sent twice is kept once, and a
/// blob never changes once written. The file system is the default; an object store can implement this later.
/// </summary>
public interface IMediaStore
{
    /// <summary>
    /// Stores a stream of at most <paramref name="maxLength"/> bytes and returns its address; storing content that
    /// is already there keeps the one copy and marks it as written now (so the sweep does not take it meanwhile).
    /// </summary>
    /// <exception cref="MediaTooLargeException">The stream is longer than <paramref name="maxLength"/>; nothing is kept.</exception>
    Task<StoredBlob> PutAsync(Stream content, long maxLength, CancellationToken ct);

    /// <summary>A seekable stream of the blob, or null when it is not (or no longer) stored.</summary>
    Stream? OpenRead(string sha256);

    bool Exists(string sha256);

    /// <summary>When the blob was last written or stored again; null when it is not stored.</summary>
    DateTimeOffset? WrittenAt(string sha256);

    /// <summary>Removes a blob; nothing happens if it is not there.</summary>
    void Delete(string sha256);

    /// <summary>Every blob in the store (for the retention sweep).</summary>
    IEnumerable<BlobEntry> List();
}

public sealed class MediaTooLargeException(long maxLength)
    : Exception($"The content is longer than {maxLength} bytes.")
{
    public long MaxLength { get; } = maxLength;
}
