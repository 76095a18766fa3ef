using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;

namespace ComplianceAuditor.Kubernetes.Snapshots;

/// <summary>Serializes a snapshot in its canonical form and appends the SHA-256 of those bytes.</summary>
public static class SnapshotWriter
{
    /// <summary>The file's bytes: canonical JSON with the hash member appended, and a final newline.</summary>
    public static byte[] Serialize(SnapshotContent content, out string sha256)
    {
        using var buffer = new MemoryStream();
        sha256 = Write(content, buffer);
        return buffer.ToArray();
    }

    /// <summary>Writes the snapshot to a file, gzip-compressed when the name ends in .gz, atomically.</summary>
    public static string WriteFile(SnapshotContent content, string path)
    {
        var temporary = $"{path}.{Environment.ProcessId}.tmp";
        try
        {
            string sha256;
            using (var file = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
            {
                if (path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
                {
                    using var gzip = new GZipStream(file, CompressionLevel.SmallestSize);
                    sha256 = Write(content, gzip);
                }
                else
                {
                    sha256 = Write(content, file);
                }
            }

            File.Move(temporary, path, overwrite: true);
            return sha256;
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    /// <summary>
    /// Streams the canonical bytes to <paramref name="destination"/> while hashing them, holding
    /// back only the closing brace, then appends the hash member: no copy of the whole file is
    /// ever held in memory.
    /// </summary>
    public static string Write(SnapshotContent content, Stream destination)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(destination);
        using var hashing = HashingStream.ForWriting(destination);
        using (var json = new Utf8JsonWriter(hashing, new JsonWriterOptions { Indented = false }))
        {
            json.WriteStartObject();
            json.WriteString("apiVersion", SnapshotFormat.ApiVersion);
            json.WriteString("kind", SnapshotFormat.Kind);
            WriteSource(json, content);
            json.WriteStartArray("items");
            foreach (var item in content.Sections.SelectMany(s => s.Items))
            {
                json.WriteRawValue(item, skipInputValidation: true);
                if (json.BytesPending > 1 << 16)
                {
                    json.Flush();
                }
            }

            json.WriteEndArray();
            WriteSummary(json, content);

            // The closing brace belongs to the canonical bytes but is written after the hash
            // member, so it is hashed below and not written here.
            json.Flush();
        }

        var sha256 = hashing.Finish("}"u8);
        destination.Write(Encoding.UTF8.GetBytes($"{SnapshotFormat.HashMember}{sha256}\"}}\n"));
        return sha256;
    }

    private static void WriteSource(Utf8JsonWriter json, SnapshotContent content)
    {
        json.WriteStartObject("source");
        json.WriteString("apiServer", content.ApiServer);
        WriteOptional(json, "context", content.Context);
        WriteOptional(json, "kubernetesVersion", content.KubernetesVersion);
        json.WriteString("takenAt", content.TakenAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        json.WriteString("toolVersion", content.ToolVersion);
        json.WriteEndObject();
    }

    private static void WriteSummary(Utf8JsonWriter json, SnapshotContent content)
    {
        json.WriteStartObject("summary");
        json.WriteBoolean("complete", content.IsComplete);
        json.WriteStartArray("resources");
        foreach (var section in content.Sections)
        {
            json.WriteStartObject();
            json.WriteString("resource", section.Resource);
            json.WriteString("kind", section.Kind);
            WriteOptional(json, "resourceVersion", section.ResourceVersion);
            json.WriteNumber("count", section.Items.Count);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("absent");
        foreach (var resource in content.Absent)
        {
            json.WriteStringValue(resource);
        }

        json.WriteEndArray();
        json.WriteStartArray("missing");
        foreach (var gap in content.Missing)
        {
            json.WriteStartObject();
            json.WriteString("resource", gap.Resource);
            json.WriteString("reason", gap.Reason);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteOptional(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null)
        {
            json.WriteString(name, value);
        }
    }
}
