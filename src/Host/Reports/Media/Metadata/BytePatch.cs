namespace LaiChau.Host.Reports.Media.Metadata;

/// <summary>Bytes of a file to replace, at an absolute offset: with <see cref="Bytes"/>, or with <see cref="Fill"/> when it is null.</summary>
public sealed record BytePatch(long Offset, long Length, byte[]? Bytes = null, byte Fill = 0)
{
    public long End => Offset + Length;

    public static BytePatch Zeros(long offset, long length) => new(offset, length);

    public static BytePatch Filled(long offset, long length, byte fill) => new(offset, length, null, fill);

    public static BytePatch Of(long offset, ReadOnlySpan<byte> bytes) => new(offset, bytes.Length, bytes.ToArray());
}

/// <summary>
/// A file read forward with some of its bytes replaced (metadata overwritten in place, R5.5): the length and every
/// other byte stay as they are, so offsets inside the file (MP4 chunk offsets, HEIF item locations) stay true.
/// </summary>
public sealed class PatchedStream(Stream inner, IReadOnlyList<BytePatch> patches) : Stream
{
    private long _position;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => inner.Length;

    public override long Position { get => _position; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer) => Patch(buffer[..inner.Read(buffer)]);

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var read = await inner.ReadAsync(buffer, cancellationToken);
        return Patch(buffer.Span[..read]);
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    private int Patch(Span<byte> read)
    {
        var (start, end) = (_position, _position + read.Length);
        foreach (var patch in patches)
        {
            var from = Math.Max(start, patch.Offset);
            var to = Math.Min(end, patch.End);
            if (from >= to)
            {
                continue;
            }

            var target = read.Slice((int)(from - start), (int)(to - from));
            if (patch.Bytes is null)
            {
                target.Fill(patch.Fill);
            }
            else
            {
                patch.Bytes.AsSpan((int)(from - patch.Offset), target.Length).CopyTo(target);
            }
        }

        _position = end;
        return read.Length;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }

    public override async ValueTask DisposeAsync()
    {
        await inner.DisposeAsync();
        await base.DisposeAsync();
    }
}
