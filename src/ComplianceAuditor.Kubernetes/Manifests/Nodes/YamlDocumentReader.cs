using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace ComplianceAuditor.Kubernetes.Manifests.Nodes;

/// <summary>Feeds the events of a YAML stream (YamlDotNet's low-level parser) to a <see cref="TreeBuilder"/>.</summary>
internal static class YamlDocumentReader
{
    private const string StringTag = "tag:yaml.org,2002:str";

    public static void Read(TextReader text, TreeBuilder builder)
    {
        var scanner = new Scanner(text, skipComments: true);
        var parser = new Parser(scanner);
        try
        {
            while (!builder.Stopped && parser.MoveNext())
            {
                Dispatch(parser.Current!, builder);
            }
        }
        catch (YamlException exception)
        {
            // YamlDotNet's Start is often the enclosing construct ("while scanning a mapping");
            // End is where the text went wrong, so that is the position reported.
            var what = string.Join(' ', exception.Message.Split(' ', StringSplitOptions.RemoveEmptyEntries)).TrimEnd('.');
            var context = exception.Start.Line != exception.End.Line ? $" (in the construct that starts at line {exception.Start.Line})" : string.Empty;
            var message = $"invalid YAML: {what}{context}; the rest of the file is not read";
            builder.SyntaxError(ToInt(exception.End.Line), ToInt(exception.End.Column), message);
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner fails this way on some malformed input (e.g. a document marker
            // inside an unclosed flow collection) instead of raising a YamlException.
            var position = scanner.CurrentPosition;
            builder.SyntaxError(ToInt(position.Line), ToInt(position.Column), "invalid YAML: the text here cannot be parsed (is a flow collection '[' or '{' left open?); the rest of the file is not read");
        }
    }

    private static void Dispatch(ParsingEvent parsingEvent, TreeBuilder builder)
    {
        var line = ToInt(parsingEvent.Start.Line);
        var column = ToInt(parsingEvent.Start.Column);
        switch (parsingEvent)
        {
            case DocumentStart:
                builder.StartDocument();
                break;
            case DocumentEnd:
                builder.EndDocument();
                break;
            case MappingStart mapping:
                builder.StartMapping(line, column, AnchorOf(mapping.Anchor));
                break;
            case SequenceStart sequence:
                builder.StartSequence(line, column, AnchorOf(sequence.Anchor));
                break;
            case MappingEnd or SequenceEnd:
                builder.EndCollection();
                break;
            case Scalar scalar:
                builder.Scalar(ToNode(scalar, line, column), AnchorOf(scalar.Anchor));
                break;
            case AnchorAlias alias:
                builder.Alias(alias.Value.Value, line, column);
                break;
            default:
                // Stream start/end and comments carry nothing the tree needs.
                break;
        }
    }

    private static ScalarNode ToNode(Scalar scalar, int line, int column)
    {
        var value = scalar.Value;
        if (!scalar.Tag.IsEmpty)
        {
            // "!!str 80" is the string "80"; the non-specific "!" tag also means a string.
            var isString = scalar.Tag.IsNonSpecific || scalar.Tag.Value == StringTag;
            return new ScalarNode(line, column, value, isString ? ScalarType.String : PlainScalarResolver.Resolve(value), quoted: isString);
        }

        return scalar.Style == ScalarStyle.Plain
            ? new ScalarNode(line, column, value, PlainScalarResolver.Resolve(value), quoted: false)
            : new ScalarNode(line, column, value, ScalarType.String, quoted: true);
    }

    private static string? AnchorOf(AnchorName anchor) => anchor.IsEmpty ? null : anchor.Value;

    private static int ToInt(long value) => value > int.MaxValue ? int.MaxValue : (int)value;
}
