using System.Text.Json;
using System.Text.Json.Serialization;
using ComplianceAuditor.Reports.Results;

namespace ComplianceAuditor.Reports.Model;

/// <summary>
/// Reads a results.json back into an <see cref="AuditReport"/>, strictly: an unknown or missing
/// field, a wrong type or another schemaVersion is refused with the file, line and JSON path, so a
/// report is never rendered from something that is not an audit's results.
/// </summary>
public static class AuditReportReader
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        AllowTrailingCommas = false,
        ReadCommentHandling = JsonCommentHandling.Disallow,
    };

    /// <summary>The report, or null with <paramref name="error"/> saying where and what is wrong.</summary>
    public static AuditReport? Read(string path, out string? error)
    {
        ArgumentNullException.ThrowIfNull(path);
        try
        {
            using var stream = File.OpenRead(path);
            return Read(stream, path, out error);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            error = $"{path}: cannot read: {exception.Message}";
            return null;
        }
    }

    public static AuditReport? Read(Stream stream, string name, out string? error)
    {
        ArgumentNullException.ThrowIfNull(stream);
        try
        {
            var report = JsonSerializer.Deserialize<AuditReport>(stream, Options);
            error = report switch
            {
                null => $"{name}: expected an audit's results (a JSON object), found null",
                { SchemaVersion: not (ResultsSchema.Version or ResultsSchema.PreviousVersion) } =>
                    $"{name}: schemaVersion '{report.SchemaVersion}' is not one this version reads ({ResultsSchema.PreviousVersion} or {ResultsSchema.Version})",
                { SchemaVersion: ResultsSchema.Version, Input.PolicyInventory: null } => $"{name}: schemaVersion {ResultsSchema.Version} requires input.policyInventory",
                { SchemaVersion: ResultsSchema.PreviousVersion, Input.PolicyInventory: not null } =>
                    $"{name}: input.policyInventory is not part of schemaVersion {ResultsSchema.PreviousVersion}",
                _ => null,
            };
            return error is null ? report : null;
        }
        catch (JsonException exception)
        {
            var at = exception.LineNumber is { } line ? $":{line + 1}:{(exception.BytePositionInLine ?? 0) + 1}" : string.Empty;
            error = $"{name}{at}: not an audit's results.json: {exception.Message}";
            return null;
        }
    }
}
