using System.Buffers;
using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace LaiChau.Host.Reports.Media;

/// <summary>
/// Blobs as files under <c>&lt;data&gt;/media/ab/cd/&lt;sha256&gt;</c> (two directory levels keep folders small).
/// A blob is written to a temporary name in the same folder tree, hashed on the way, then renamed into place (over
/// an existing copy of the same content, which stays one file), so a reader never sees half a file and a crash leaves only a <c>.part</c> file that the sweep removes. File times
/// come from the app's clock, so that the retention sweep and its tests agree on a blob's age.
/// </summary>
public sealed partial class FileSystemMediaStore(string root, TimeProvider clock) : IMediaStore
{
    private const string TempFolder = "tmp";

    public string Root { get; } = root;

    public async Task<StoredBlob> PutAsync(Stream content, long maxLength, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(content);
        var temp = Path.Combine(Root, TempFolder, $"{Guid.NewGuid():N}.part");
        Directory.CreateDirectory(Path.GetDirectoryName(temp)!);
        string sha256;
        long length = 0;
        try
        {
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            var buffer = ArrayPool<byte>.Shared.Rent(81920);
            try
            {
                await using var file = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, useAsync: true);
                int read;
                while ((read = await content.ReadAsync(buffer, ct)) > 0)
                {
                    length += read;
                    if (length > maxLength)
                    {
                        throw new MediaTooLargeException(maxLength);
                    }

                    hash.AppendData(buffer, 0, read);
                    await file.WriteAsync(buffer.AsMemory(0, read), ct);
                }

                await file.FlushAsync(ct);
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }

            sha256 = Convert.ToHexStringLower(hash.GetHashAndReset());
            var path = PathOf(sha256);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            // The time first, then one atomic rename, over an existing copy of the same bytes if there is one: the same
            // content stays one file, and it is young again, so the purge and the sweep leave it for a day (MediaRetention).
            File.SetLastWriteTimeUtc(temp, clock.GetUtcNow().UtcDateTime);
            File.Move(temp, path, overwrite: true);
        }
        catch
        {
            File.Delete(temp);
            throw;
        }

        return new StoredBlob(sha256, length);
    }

    public Stream? OpenRead(string sha256)
    {
        try
        {
            return new FileStream(PathOf(sha256), FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 4096, useAsync: true);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
    }

    public bool Exists(string sha256) => File.Exists(PathOf(sha256));

    public DateTimeOffset? WrittenAt(string sha256) =>
        File.Exists(PathOf(sha256)) ? new DateTimeOffset(File.GetLastWriteTimeUtc(PathOf(sha256)), TimeSpan.Zero) : null;

    public void Delete(string sha256) => File.Delete(PathOf(sha256));

    public IEnumerable<BlobEntry> List()
    {
        if (!Directory.Exists(Root))
        {
            yield break;
        }

        foreach (var file in Directory.EnumerateFiles(Root, "*", SearchOption.AllDirectories))
        {
            var name = Path.GetFileName(file);
            if (Sha256Name().IsMatch(name))
            {
                yield return new BlobEntry(name, new DateTimeOffset(File.GetLastWriteTimeUtc(file), TimeSpan.Zero));
            }
            else if (name.EndsWith(".part", StringComparison.Ordinal))
            {
                // A write that a crash interrupted: its address is unknown, so it is listed under its own name.
                yield return new BlobEntry(Path.Combine(TempFolder, name), new DateTimeOffset(File.GetLastWriteTimeUtc(file), TimeSpan.Zero));
            }
        }
    }

    /// <summary>The file of a blob; anything but a SHA-256 in hex (or a leftover part) is refused, so no path can escape the root.</summary>
    private string PathOf(string sha256)
    {
        if (Sha256Name().IsMatch(sha256))
        {
            return Path.Combine(Root, sha256[..2], sha256[2..4], sha256);
        }

        if (PartName().IsMatch(sha256))
        {
            return Path.Combine(Root, sha256);
        }

        throw new ArgumentException("Not a SHA-256 address.", nameof(sha256));
    }

    [GeneratedRegex("^[0-9a-f]{64}$", RegexOptions.CultureInvariant)]
    private static partial Regex Sha256Name();

    [GeneratedRegex(@"^tmp[/\\][0-9a-f]{32}\.part$", RegexOptions.CultureInvariant)]
    private static partial Regex PartName();
}
