using System.Globalization;
using LaiChau.Host.Data;
using LaiChau.Host.ReferenceData;
using LaiChau.Host.Reports.Submit;
using Microsoft.Extensions.Options;

namespace LaiChau.Host.Reports.Media;

/// <summary>
/// An uploaded file whose content was recognised and whose size is within the limits; for ISO-BMFF files, the bytes
/// to overwrite when it is stored (its metadata, R5.5).
/// </summary>
public sealed record CheckedMedia(IncomingMedia File, SniffedType Type, IReadOnlyList<Metadata.BytePatch>? Patches = null);

/// <summary>A checked file stored in the blob store, ready to be recorded with its report.</summary>
public sealed record StoredMedia(SniffedType Type, StoredBlob Blob);

/// <summary>
/// R5.3 at intake: the files' content decides their type (<see cref="MediaSniffer"/>), sizes and counts are limited,
/// and the category's required media (issue 6 point 1) must be there. Errors are Vietnamese, under the field
/// <c>media</c>. Blobs are stored before the report's transaction (content-addressed: a failed intake leaves at
/// most an unreferenced blob, which the retention sweep removes) and their rows are added inside it.
/// </summary>
public sealed class MediaIntake(IMediaStore store, IOptions<MediaOptions> options)
{
    public const string Field = "media";

    private readonly MediaOptions _options = options.Value;

    public async Task<IReadOnlyList<CheckedMedia>> CheckAsync(
        IReadOnlyList<IncomingMedia> files, RequiredMedia? required, Dictionary<string, string[]> errors, CancellationToken ct)
    {
        var messages = new List<string>();
        var checkedFiles = new List<CheckedMedia>();
        if (files.Count > _options.MaxFiles)
        {
            messages.Add($"Chỉ được gửi tối đa {_options.MaxFiles} tệp ảnh, video cho mỗi phản ánh (đã gửi {files.Count} tệp).");
        }
        else
        {
            for (var i = 0; i < files.Count; i++)
            {
                var (file, message) = await MediaFileCheck.CheckAsync(files[i], Label(i, files[i]), _options, ct);
                if (file is not null)
                {
                    checkedFiles.Add(file);
                }
                else
                {
                    messages.Add(message!);
                }
            }
        }

        if (messages.Count == 0 && required is { } need && !Satisfies(need, checkedFiles))
        {
            messages.Add(need == RequiredMedia.Photo
                ? "Vui lòng gửi kèm ít nhất một ảnh chụp hiện trường."
                : "Vui lòng gửi kèm ít nhất một ảnh chụp hoặc video ngắn về hiện trường.");
        }

        if (messages.Count > 0)
        {
            errors[Field] = [.. messages];
        }

        return checkedFiles;
    }

    /// <summary>
    /// Stores the checked files' bytes (before the report's transaction: see the class comment); photos lose their
    /// GPS position and other metadata first (R5.5, <see cref="Metadata.PhotoMetadata"/>).
    /// </summary>
    public async Task<IReadOnlyList<StoredMedia>> StoreAsync(IReadOnlyList<CheckedMedia> files, CancellationToken ct)
    {
        var stored = new List<StoredMedia>(files.Count);
        foreach (var file in files)
        {
            await using var stream = await WithoutMetadataAsync(file, ct);
            stored.Add(new StoredMedia(file.Type, await store.PutAsync(stream, _options.MaxBytes(file.Type.Kind), ct)));
        }

        return stored;
    }

    /// <summary>
    /// ISO-BMFF files are patched while they are copied to the store; JPEG, PNG and WebP photos are small enough
    /// (MaxImageBytes, checked above) to rewrite in memory.
    /// </summary>
    private static async Task<Stream> WithoutMetadataAsync(CheckedMedia file, CancellationToken ct)
    {
        var stream = file.File.Open();
        if (file.Patches is { } patches)
        {
            return new Metadata.PatchedStream(stream, patches);
        }

        if (!Metadata.PhotoMetadata.Rewrites(file.Type))
        {
            return stream;
        }

        await using (stream)
        {
            using var buffer = new MemoryStream();
            await stream.CopyToAsync(buffer, ct);
            return new MemoryStream(Metadata.PhotoMetadata.Strip(buffer.ToArray(), file.Type), writable: false);
        }
    }

    /// <summary>Adds the report's media rows to the unit of work of the report's transaction.</summary>
    public static void Attach(AppDbContext db, string reportCode, IReadOnlyList<StoredMedia> media, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(db);
        for (var i = 0; i < media.Count; i++)
        {
            db.ReportMedia.Add(new ReportMediaRow
            {
                Id = Guid.CreateVersion7(at),
                ReportCode = reportCode,
                Position = i + 1,
                Sha256 = media[i].Blob.Sha256,
                ContentType = media[i].Type.ContentType,
                Size = media[i].Blob.Length,
                CreatedAt = at,
            });
        }
    }

    private static bool Satisfies(RequiredMedia need, List<CheckedMedia> files) => need switch
    {
        RequiredMedia.Photo => files.Any(f => f.Type.Kind == MediaKind.Image),
        RequiredMedia.PhotoOrVideo => files.Count > 0,
        _ => true,
    };

    /// <summary>"Tệp thứ 2 (anh.jpg)": the name helps the reporter find the file; it is echoed, never logged or kept.</summary>
    private static string Label(int index, IncomingMedia file)
    {
        var name = Path.GetFileName(file.FileName ?? "");
        name = new string([.. Intake.HiddenCharacters.Remove(name)!.Where(c => !char.IsControl(c))]);
        name = name.Length > 60 ? name[..57] + "…" : name;
        return name.Length == 0 ? $"Tệp thứ {index + 1}" : $"Tệp thứ {index + 1} ({name})";
    }

    /// <summary>A size in MB the Vietnamese way (decimal comma), for messages to reporters.</summary>
    public static string Megabytes(long bytes) =>
        (bytes / (1024.0 * 1024.0)).ToString(bytes < 1024 * 1024 ? "0.###" : "0.#", CultureInfo.GetCultureInfo("vi-VN"));
}
