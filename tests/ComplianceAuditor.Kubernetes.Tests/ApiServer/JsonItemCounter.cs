using System.Buffers;

namespace ComplianceAuditor.Kubernetes.Tests.ApiServer;

/// <summary>
/// Counts the objects in a list's items array as its bytes stream past, without parsing or allocating,
/// so a test can check a 100k-item response while measuring allocations. Vectorised searches skip the
/// bytes that cannot change the count, which keeps 100+ MB fast even in a Debug build.
/// </summary>
internal sealed class JsonItemCounter
{
    private static readonly SearchValues<byte> Structural = SearchValues.Create("\"{}[]"u8);
    private static readonly SearchValues<byte> StringEnd = SearchValues.Create("\"\\"u8);

    private int depth;
    private bool inString;
    private bool escaped;

    public int Items { get; private set; }

    public void Feed(ReadOnlySpan<byte> bytes)
    {
        while (!bytes.IsEmpty)
        {
            if (escaped)
            {
                escaped = false;
                bytes = bytes[1..];
                continue;
            }

            var next = bytes.IndexOfAny(inString ? StringEnd : Structural);
            if (next < 0)
            {
                return;
            }

            Visit(bytes[next]);
            bytes = bytes[(next + 1)..];
        }
    }

    private void Visit(byte value)
    {
        switch (value)
        {
            case (byte)'\\':
                escaped = true;
                break;
            case (byte)'"':
                inString = !inString;
                break;
            case (byte)'{' or (byte)'[':
                // Depth 2 is inside the list object's "items" array (its metadata holds no objects).
                Items += value == (byte)'{' && depth == 2 ? 1 : 0;
                depth++;
                break;
            default:
                depth--;
                break;
        }
    }
}
