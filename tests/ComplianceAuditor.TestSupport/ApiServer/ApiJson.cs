using System.Text.Encodings.Web;
using System.Text.Json;

namespace ComplianceAuditor.TestSupport.ApiServer;

/// <summary>
/// JSON settings shared by everything the server writes. Relaxed escaping keeps quotes inside
/// annotations as \" the way the Go API server writes them, instead of \u0022.
/// </summary>
internal static class ApiJson
{
    public static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
