using System.Text.Json;
using System.Text.Json.Serialization;
using ComplianceAuditor.Reports.Text;

namespace ComplianceAuditor.Reports.Manifest;

/// <summary>
/// Writes manifest.json deterministically (fields in a fixed order, times in UTC to the second) and
/// reads it back strictly: a manifest that is not exactly this schema is refused, never half-trusted.
/// </summary>
public static class RunManifestJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
    };

    public static void Write(Stream output, RunManifest manifest)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteString("schemaVersion", manifest.SchemaVersion);
        json.WriteStartObject("tool");
        json.WriteString("name", manifest.Tool.Name);
        json.WriteString("version", manifest.Tool.Version);
        json.WriteEndObject();
        json.WriteString("kind", manifest.Kind);
        json.WriteString("auditedAt", Time(manifest.AuditedAt));
        json.WriteString("createdAt", Time(manifest.CreatedAt));
        json.WriteStartArray("files");
        foreach (var file in manifest.Files)
        {
            json.WriteStartObject();
            json.WriteString("name", file.Name);
            json.WriteNumber("bytes", file.Bytes);
            json.WriteString("sha256", file.Sha256);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("inputs");
        foreach (var input in manifest.Inputs)
        {
            json.WriteStartObject();
            json.WriteString("role", input.Role);
            json.WriteString("path", input.Path);
            json.WriteNumber("bytes", input.Bytes);
            json.WriteString("sha256", input.Sha256);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
        output.WriteByte((byte)'\n');
    }

    /// <summary>The manifest, or null with <paramref name="error"/> saying where and what is wrong.</summary>
    public static RunManifest? Read(string path, out string? error)
    {
        try
        {
            using var stream = File.OpenRead(path);
            var manifest = JsonSerializer.Deserialize<RunManifest>(stream, Options);
            error = manifest switch
            {
                null => $"{path}: expected a run manifest (a JSON object), found null",
                { SchemaVersion: not ManifestSchema.Version } => $"{path}: schemaVersion '{manifest.SchemaVersion}' is not the {ManifestSchema.Version} this version reads",
                _ => UnsafeName(manifest) is { } name ? $"{path}: file name '{name}' is not a plain path inside the run folder" : null,
            };
            return error is null ? manifest : null;
        }
        catch (JsonException exception)
        {
            var at = exception.LineNumber is { } line ? $":{line + 1}:{(exception.BytePositionInLine ?? 0) + 1}" : string.Empty;
            error = $"{path}{at}: not a run manifest: {exception.Message}";
            return null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            error = $"{path}: cannot read: {exception.Message}";
            return null;
        }
    }

    /// <summary>A tampered manifest must not make verify read files outside the folder it checks.</summary>
    private static string? UnsafeName(RunManifest manifest) =>
        manifest.Files.Select(f => f.Name).FirstOrDefault(name =>
            name.Length == 0 || name.Contains('\\', StringComparison.Ordinal) || Path.IsPathRooted(name) || name.Split('/').Any(part => part is "" or "." or ".."));

    private static string Time(DateTimeOffset time) => UtcTime.Text(time);
}
