using System.Text.Json;

namespace ComplianceAuditor.TestSupport.ApiServer;

/// <summary>metav1.StatusDetails, in the API server's field order, empty fields (and zero seconds) left out.</summary>
internal sealed record StatusDetails
{
    public string Group { get; init; } = "";

    public string Kind { get; init; } = "";

    public int? RetryAfterSeconds { get; init; }

    public void Write(Utf8JsonWriter json)
    {
        json.WriteStartObject("details");
        if (Group.Length > 0)
        {
            json.WriteString("group", Group);
        }

        if (Kind.Length > 0)
        {
            json.WriteString("kind", Kind);
        }

        if (RetryAfterSeconds is > 0 and var seconds)
        {
            json.WriteNumber("retryAfterSeconds", seconds);
        }

        json.WriteEndObject();
    }
}
