using System.Collections.Concurrent;
using System.Reflection;
using PdfSharp.Fonts;

namespace ComplianceAuditor.Reports.Pdf.Layout;

/// <summary>
/// Serves the DejaVu fonts shipped inside this assembly, so a report looks the same on every
/// host and never depends on which fonts happen to be installed. Italic is simulated.
/// </summary>
public sealed class ReportFontResolver : IFontResolver
{
    public const string Sans = "DejaVu Sans";

    public const string Mono = "DejaVu Sans Mono";

    private static readonly ConcurrentDictionary<string, byte[]> Faces = new(StringComparer.Ordinal);

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) => familyName switch
    {
        Sans => new FontResolverInfo(bold ? "DejaVuSans-Bold" : "DejaVuSans", false, italic),
        Mono => new FontResolverInfo("DejaVuSansMono", bold, italic),
        _ => null,
    };

    public byte[]? GetFont(string faceName) => Faces.GetOrAdd(faceName, Load);

    private static byte[] Load(string faceName)
    {
        var name = $"ComplianceAuditor.Reports.Pdf.Fonts.{faceName}.ttf";
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"font resource {name} is missing from the assembly");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
