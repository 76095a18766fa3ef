using System.Security.Cryptography;

namespace ComplianceAuditor.Kubernetes.Snapshots;

/// <summary>
/// A one-direction pass-through stream that computes the SHA-256 of everything written or read
/// through it, so evidence is hashed in the same single pass that writes or parses it. Disposing
/// it leaves <c>inner</c> open.
/// </summary>
internal sealed class HashingStream : Stream
{
    private readonly IncrementalHash hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private readonly Stream inner;
    private readonly bool reading;

    private HashingStream(Stream inner, bool reading)
    {
        this.inner = inner;
        this.reading = reading;
    }

    public override bool CanRead => reading;

    public override bool CanSeek => false;

    public override bool CanWrite => !reading;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public static HashingStream ForWriting(Stream destination) => new(destination, reading: false);

    public static HashingStream ForReading(Stream source) => new(source, reading: true);

    /// <summary>The hash of what was written plus <paramref name="tail"/>, which is hashed but not written.</summary>
    public string Finish(ReadOnlySpan<byte> tail)
    {
        hash.AppendData(tail);
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>Reads what the parser left (trailing bytes, a gzip footer) and returns the hash of the whole source.</summary>
    public string FinishReading()
    {
        CopyTo(Null);
        return Finish([]);
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        if (reading)
        {
            throw new NotSupportedException();
        }

        hash.AppendData(buffer);
        inner.Write(buffer);
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (!reading)
        {
            throw new NotSupportedException();
        }

        var read = inner.Read(buffer);
        hash.AppendData(buffer[..read]);
        return read;
    }

    public override void Flush()
    {
        if (!reading)
        {
            inner.Flush();
        }
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            hash.Dispose();
        }

        base.Dispose(disposing);
    }
}
