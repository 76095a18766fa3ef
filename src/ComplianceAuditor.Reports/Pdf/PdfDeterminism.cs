using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using PdfSharp.Pdf;

namespace ComplianceAuditor.Reports.Pdf;

/// <summary>
/// PDFsharp writes a random file identifier (trailer /ID), random XMP DocumentID and InstanceID
/// and random six-letter font subset tags on every save. Each is replaced in place by a value of
/// the same length: subset tags by their order of appearance, the identifiers by values derived
/// from the SHA-256 of the document. The same report gives the same bytes, and every byte offset
/// in the cross-reference table stays valid.
/// </summary>
internal static partial class PdfDeterminism
{
    private const string Uuid = "uuid:";
    private const int UuidLength = 36;
    private static readonly string ZeroUuid = Guid.Empty.ToString();

    public static void Prepare(PdfDocument document)
    {
        var zero = new string('\0', 16);
        document.Internals.FirstDocumentID = zero;
        document.Internals.SecondDocumentID = zero;
    }

    public static byte[] Finish(byte[] pdf)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        NumberSubsetTags(pdf);
        var uuids = UuidOffsets(pdf);
        foreach (var offset in uuids)
        {
            Encoding.ASCII.GetBytes(ZeroUuid).CopyTo(pdf, offset);
        }

        var hash = SHA256.HashData(pdf);
        var id = Convert.ToHexString(hash, 0, 16);
        ReplaceId(pdf, id);
        var derived = new Guid(hash.AsSpan(16, 16)).ToString();
        foreach (var offset in uuids)
        {
            Encoding.ASCII.GetBytes(derived).CopyTo(pdf, offset);
        }

        return pdf;
    }

    /// <summary>"/QWERTY+DejaVuSans" becomes "/AAAAAA+DejaVuSans", the next tag AAAAAB, and so on.</summary>
    private static void NumberSubsetTags(byte[] pdf)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var tags = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match match in SubsetTag().Matches(text))
        {
            if (!tags.TryGetValue(match.Value, out var tag))
            {
                tag = Tag(tags.Count);
                tags[match.Value] = tag;
            }

            Encoding.ASCII.GetBytes(tag).CopyTo(pdf, match.Index);
        }
    }

    private static string Tag(int number)
    {
        var letters = new char[6];
        for (var i = 5; i >= 0; i--)
        {
            letters[i] = (char)('A' + (number % 26));
            number /= 26;
        }

        return new string(letters);
    }

    [GeneratedRegex(@"(?<=/)[A-Z]{6}(?=\+DejaVu)")]
    private static partial Regex SubsetTag();

    private static List<int> UuidOffsets(byte[] pdf)
    {
        var offsets = new List<int>();
        var marker = Encoding.ASCII.GetBytes(Uuid);
        var span = pdf.AsSpan();
        var start = 0;
        while (start < span.Length)
        {
            var at = span[start..].IndexOf(marker);
            if (at < 0)
            {
                break;
            }

            offsets.Add(start + at + marker.Length);
            start += at + marker.Length + UuidLength;
        }

        return offsets;
    }

    /// <summary>The trailer's /ID holds the zero placeholder twice, as hex strings, at the end of the file.</summary>
    private static void ReplaceId(byte[] pdf, string id)
    {
        var placeholder = Encoding.ASCII.GetBytes("<" + new string('0', 32) + ">");
        var replacement = Encoding.ASCII.GetBytes("<" + id + ">");
        var span = pdf.AsSpan();
        var trailer = span.LastIndexOf("trailer"u8);
        if (trailer < 0)
        {
            throw new InvalidOperationException("the document has no trailer");
        }

        var found = 0;
        for (var at = span[trailer..].IndexOf(placeholder); at >= 0; at = span[trailer..].IndexOf(placeholder))
        {
            replacement.CopyTo(span[(trailer + at)..]);
            found++;
        }

        if (found != 2)
        {
            throw new InvalidOperationException($"expected the placeholder file identifier twice in the trailer, found it {found} time(s)");
        }
    }
}
