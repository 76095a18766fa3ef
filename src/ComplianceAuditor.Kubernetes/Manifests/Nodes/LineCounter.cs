using System.Text;

namespace ComplianceAuditor.Kubernetes.Manifests.Nodes;

/// <summary>
/// Turns increasing byte offsets of a UTF-8 stream into 1-based line and column (in characters).
/// Counting is incremental from the last offset asked for, so a file is scanned once, even a
/// minified one that is a single long line.
/// </summary>
internal sealed class LineCounter
{
    private long counted;
    private int line = 1;
    private long column = 1;

    /// <summary>Sets where counting starts, e.g. after a byte order mark.</summary>
    public void Start(long offset) => counted = offset;

    /// <summary>The position of <paramref name="offset"/>; <paramref name="buffer"/> holds the bytes from <paramref name="bufferStart"/> on.</summary>
    public (int Line, int Column) Locate(ReadOnlySpan<byte> buffer, long bufferStart, long offset)
    {
        Advance(buffer, bufferStart, offset);
        return (line, (int)Math.Min(column, int.MaxValue));
    }

    /// <summary>Counts up to <paramref name="offset"/>: call before the bytes before it leave the buffer.</summary>
    public void Advance(ReadOnlySpan<byte> buffer, long bufferStart, long offset)
    {
        if (offset <= counted)
        {
            return;
        }

        var bytes = buffer[(int)(counted - bufferStart)..(int)(offset - bufferStart)];
        counted = offset;
        var lastNewline = bytes.LastIndexOf((byte)'\n');
        if (lastNewline < 0)
        {
            column += CountCharacters(bytes);
            return;
        }

        line += bytes.Count((byte)'\n');
        column = 1 + CountCharacters(bytes[(lastNewline + 1)..]);
    }

    private static long CountCharacters(ReadOnlySpan<byte> bytes)
    {
        if (Ascii.IsValid(bytes))
        {
            return bytes.Length;
        }

        var count = 0L;
        foreach (var b in bytes)
        {
            // Continuation bytes (10xxxxxx) do not start a character.
            count += (b & 0xC0) == 0x80 ? 0 : 1;
        }

        return count;
    }
}
