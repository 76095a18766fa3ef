using System.Text;
using ComplianceAuditor.Engine.Diagnostics;
using ComplianceAuditor.Kubernetes.Manifests.Decoding;
using ComplianceAuditor.Kubernetes.Manifests.Nodes;

namespace ComplianceAuditor.Kubernetes.Manifests;

/// <summary>Reads one file (or text) with the JSON or YAML reader into the snapshot being built.</summary>
internal static class ManifestFile
{
    private const int BufferSize = 1 << 16;

    public static void Read(string path, SnapshotAccumulator accumulator, List<Diagnostic> diagnostics)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, BufferSize, FileOptions.SequentialScan);
            Parse(path, stream, InputFiles.IsJson(path), accumulator, diagnostics);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, $"cannot read file: {exception.Message}", new SourceLocation(path, 0, 0, 0)));
        }
    }

    public static void ReadText(string fileName, string text, SnapshotAccumulator accumulator, List<Diagnostic> diagnostics)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text), writable: false);
        Parse(fileName, stream, InputFiles.IsJson(fileName), accumulator, diagnostics);
    }

    private static void Parse(string file, Stream stream, bool json, SnapshotAccumulator accumulator, List<Diagnostic> diagnostics)
    {
        var decoder = new DocumentDecoder(file, accumulator, diagnostics);
        var builder = new TreeBuilder(file, decoder, diagnostics);
        if (json)
        {
            JsonDocumentReader.Read(stream, builder);
            return;
        }

        using var text = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, BufferSize);
        YamlDocumentReader.Read(text, builder);
    }
}
