using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace LaiChau.Host.Reports.Media;

public enum FormRefusal
{
    None,

    /// <summary>Over <c>Reports:Media:MaxRequestBytes</c> or the largest file allowed: 413.</summary>
    TooLarge,

    /// <summary>A body that is not the form it says it is (no boundary, cut off, bad characters): 400.</summary>
    Malformed,
}

/// <summary>A form read within the media limits, or why it was refused (<see cref="Detail"/> says what is wrong, in English for client developers).</summary>
public sealed record FormRead(IFormCollection? Form, FormRefusal Refusal, string? Detail = null);

/// <summary>
/// Reads an intake form (Open311 and the portal) within the media limits (R5.3): the whole request up to
/// <c>Reports:Media:MaxRequestBytes</c>, each file up to the largest file allowed, past 64 KB buffered to disk. A body
/// over the limits is refused as too large while it is read; a broken body (2026-12-07 findings) is refused as
/// malformed, never as too large and never with a 500.
/// </summary>
public static class MediaForm
{
    /// <summary>RFC 2046 §5.1.1: a boundary is 1 to 70 characters.</summary>
    private const int MaxBoundaryLength = 70;

    public static async Task<FormRead> ReadAsync(HttpRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var options = request.HttpContext.RequestServices.GetRequiredService<IOptions<MediaOptions>>().Value;
        if (request.ContentLength > options.MaxRequestBytes)
        {
            return new FormRead(null, FormRefusal.TooLarge);
        }

        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = options.MaxRequestBytes;
        }

        if (MediaTypeHeaderValue.TryParse(request.ContentType, out var type) && type.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
            && HeaderUtilities.RemoveQuotes(type.Boundary).Length is 0 or > MaxBoundaryLength)
        {
            return Malformed($"multipart/form-data needs a boundary parameter of 1 to {MaxBoundaryLength} characters (RFC 2046).");
        }

        request.HttpContext.Features.Set<IFormFeature>(new FormFeature(request, new FormOptions
        {
            MultipartBodyLengthLimit = Math.Max(options.MaxImageBytes, options.MaxVideoBytes) + 1,
        }));
        try
        {
            return new FormRead(await request.ReadFormAsync(ct), FormRefusal.None);
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return new FormRead(null, FormRefusal.TooLarge);
        }
        catch (BadHttpRequestException ex)
        {
            return Malformed(ex.Message);
        }
        // The framework raises InvalidDataException for a section over its length limit and for broken content alike;
        // only the first is a file too large (its message is the one way to tell them apart).
        catch (InvalidDataException ex) when (ex.Message.StartsWith("Multipart body length limit", StringComparison.Ordinal))
        {
            return new FormRead(null, FormRefusal.TooLarge);
        }
        catch (InvalidDataException ex)
        {
            return Malformed($"The form is malformed: {Shorten(ex.Message)}");
        }
        catch (IOException)
        {
            return Malformed("The multipart body ends before its closing boundary: it was cut off, or its parts use another boundary than its Content-Type names.");
        }
    }

    private static FormRead Malformed(string detail) => new(null, FormRefusal.Malformed, detail);

    private static string Shorten(string text) => text.Length > 200 ? text[..200] + "…" : text;
}
