using System.Text.Json;

namespace ComplianceAuditor.Kubernetes.Manifests.Nodes;

/// <summary>
/// Feeds a JSON stream to a <see cref="TreeBuilder"/> with <see cref="Utf8JsonReader"/>, reading
/// the stream in blocks so a dump of any size is never held whole. Each top-level value is a
/// document. Positions are computed from byte offsets.
/// </summary>
internal sealed class JsonDocumentReader
{
    private const int InitialBufferSize = 1 << 20;

    private static readonly JsonReaderOptions Options = new()
    {
        AllowMultipleValues = true,
        CommentHandling = JsonCommentHandling.Disallow,
        MaxDepth = TreeBuilder.MaxDepth + 10,
    };

    private readonly Stream stream;
    private readonly TreeBuilder builder;
    private readonly StringPool strings = new();
    private readonly LineCounter lines = new();
    private byte[] buffer = new byte[InitialBufferSize];
    private int length;
    private long bufferStart;
    private bool final;
    private bool stopped;

    private JsonDocumentReader(Stream stream, TreeBuilder builder)
    {
        this.stream = stream;
        this.builder = builder;
    }

    public static void Read(Stream stream, TreeBuilder builder) => new JsonDocumentReader(stream, builder).Run();

    private void Run()
    {
        Fill();
        SkipByteOrderMark();
        var state = new JsonReaderState(Options);
        try
        {
            while (!stopped && !builder.Stopped)
            {
                var reader = new Utf8JsonReader(buffer.AsSpan(0, length), final, state);
                while (!stopped && !builder.Stopped && reader.Read())
                {
                    Handle(ref reader);
                }

                if (final)
                {
                    return;
                }

                state = reader.CurrentState;
                Refill((int)reader.BytesConsumed);
            }
        }
        catch (JsonException exception)
        {
            var message = exception.Message;
            var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
            message = (cut < 0 ? message : message[..cut]).TrimEnd('.', ' ');
            builder.SyntaxError(OneBased(exception.LineNumber), OneBased(exception.BytePositionInLine), $"invalid JSON: {message}; the rest of the file is not read");
        }
    }

    private void Handle(ref Utf8JsonReader reader)
    {
        var topLevel = reader.CurrentDepth == 0;
        if (reader.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray)
        {
            builder.EndCollection();
            if (topLevel)
            {
                builder.EndDocument();
            }

            return;
        }

        var (line, column) = lines.Locate(buffer.AsSpan(0, length), bufferStart, bufferStart + reader.TokenStartIndex);
        if (topLevel)
        {
            builder.StartDocument();
        }

        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                builder.StartMapping(line, column, anchor: null);
                return;
            case JsonTokenType.StartArray:
                builder.StartSequence(line, column, anchor: null);
                return;
            default:
                if (ToScalar(ref reader, line, column) is { } scalar)
                {
                    builder.Scalar(scalar, anchor: null);
                }

                break;
        }

        if (topLevel && !stopped && !builder.Stopped)
        {
            builder.EndDocument();
        }
    }

    private ScalarNode? ToScalar(ref Utf8JsonReader reader, int line, int column) => reader.TokenType switch
    {
        JsonTokenType.PropertyName or JsonTokenType.String => ReadString(ref reader, line, column) is { } text
            ? new ScalarNode(line, column, text, ScalarType.String, quoted: true)
            : null,
        JsonTokenType.Number => new ScalarNode(line, column, strings.Get(reader.ValueSpan), NumberType(reader.ValueSpan), quoted: false),
        JsonTokenType.True => new ScalarNode(line, column, "true", ScalarType.Bool, quoted: false),
        JsonTokenType.False => new ScalarNode(line, column, "false", ScalarType.Bool, quoted: false),
        _ => new ScalarNode(line, column, "null", ScalarType.Null, quoted: false),
    };

    private string? ReadString(ref Utf8JsonReader reader, int line, int column)
    {
        try
        {
            if (reader.ValueSpan.Length > StringPool.MaxPooledBytes)
            {
                return reader.GetString();
            }

            Span<char> chars = stackalloc char[StringPool.MaxPooledBytes];
            var written = reader.CopyString(chars);
            return strings.Get(chars[..written]);
        }
        catch (InvalidOperationException exception)
        {
            // Invalid UTF-8 or a lone surrogate escape: the reader only finds out when decoding.
            builder.SyntaxError(line, column, $"invalid JSON: {exception.Message.TrimEnd('.')}; the rest of the file is not read");
            stopped = true;
            return null;
        }
    }

    private static ScalarType NumberType(ReadOnlySpan<byte> number) =>
        number.IndexOfAny("eE."u8) >= 0 ? ScalarType.Float : ScalarType.Int;

    private void Fill()
    {
        while (length < buffer.Length)
        {
            var read = stream.Read(buffer, length, buffer.Length - length);
            if (read == 0)
            {
                final = true;
                return;
            }

            length += read;
        }
    }

    private void Refill(int consumed)
    {
        lines.Advance(buffer.AsSpan(0, length), bufferStart, bufferStart + consumed);
        Buffer.BlockCopy(buffer, consumed, buffer, 0, length - consumed);
        length -= consumed;
        bufferStart += consumed;
        if (length == buffer.Length)
        {
            // One token (a long annotation, say) is larger than the buffer.
            Array.Resize(ref buffer, buffer.Length * 2);
        }

        Fill();
    }

    private void SkipByteOrderMark()
    {
        if (buffer.AsSpan(0, length).StartsWith("\uFEFF"u8))
        {
            Buffer.BlockCopy(buffer, 3, buffer, 0, length - 3);
            length -= 3;
            bufferStart = 3;
            lines.Start(3);
        }
    }

    private static int OneBased(long? zeroBased) => zeroBased is { } value ? (int)Math.Min(value + 1, int.MaxValue) : 0;
}
