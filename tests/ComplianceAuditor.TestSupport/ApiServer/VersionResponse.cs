using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;

namespace ComplianceAuditor.TestSupport.ApiServer;

/// <summary>GET /version: version.Info with major and minor read from the git version.</summary>
internal static partial class VersionResponse
{
    public static async Task WriteAsync(HttpResponse response, string gitVersion, CancellationToken cancellationToken)
    {
        var match = MajorMinor().Match(gitVersion);
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "application/json";
        using (var json = new Utf8JsonWriter(response.BodyWriter, ApiJson.WriterOptions))
        {
            json.WriteStartObject();
            json.WriteString("major", match.Success ? match.Groups[1].Value : "");
            json.WriteString("minor", match.Success ? match.Groups[2].Value : "");
            json.WriteString("gitVersion", gitVersion);
            json.WriteString("gitCommit", "9b0d4d5e1a8f0e4c2b7f6a3d5c8e1f2a4b6c8d0e");
            json.WriteString("gitTreeState", "clean");
            json.WriteString("buildDate", "2024-10-22T20:28:14Z");
            json.WriteString("goVersion", "go1.22.8");
            json.WriteString("compiler", "gc");
            json.WriteString("platform", "linux/amd64");
            json.WriteEndObject();
        }

        await response.BodyWriter.FlushAsync(cancellationToken);
    }

    [GeneratedRegex(@"^v?(\d+)\.(\d+)", RegexOptions.CultureInvariant)]
    private static partial Regex MajorMinor();
}
