using System.Text.Json;
using ComplianceAuditor.Reports.Results;

namespace ComplianceAuditor.Reports.Diff;

/// <summary>
/// <c>diff --format json</c>: one object (controls/schema/diff.schema.json), every list sorted, no
/// paths or tool versions, so the same two results give the same bytes.
/// </summary>
public static class DiffJsonWriter
{
    public static void Write(Stream output, RunDiff diff)
    {
        ArgumentNullException.ThrowIfNull(diff);
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteString("schemaVersion", DiffSchema.Version);
        WriteRun(json, "a", diff.AuditedAtBefore, diff.SchemaVersionBefore);
        WriteRun(json, "b", diff.AuditedAtAfter, diff.SchemaVersionAfter);
        WriteSummary(json, diff);
        WriteFindings(json, "newFailing", diff.NewFailing);
        WriteFindings(json, "resolved", diff.Resolved);
        WriteFindings(json, "noLongerEvaluated", diff.NoLongerEvaluated);
        WriteFindings(json, "goneFromB", diff.GoneFromB);
        WriteFindings(json, "stillOpen", diff.StillOpen);
        WriteScores(json, diff);
        WritePolicies(json, diff.Policies);
        json.WriteEndObject();
    }

    private static void WriteRun(Utf8JsonWriter json, string name, DateTimeOffset auditedAt, string schemaVersion)
    {
        json.WriteStartObject(name);
        json.WriteString("auditedAt", ResultsJsonWriter.Time(auditedAt));
        json.WriteString("resultsSchemaVersion", schemaVersion);
        json.WriteEndObject();
    }

    private static void WriteSummary(Utf8JsonWriter json, RunDiff diff)
    {
        json.WriteStartObject("summary");
        json.WriteNumber("newFailing", diff.NewFailing.Length);
        json.WriteNumber("newCriticalOrHigh", diff.NewCriticalOrHigh);
        json.WriteNumber("resolved", diff.Resolved.Length);
        json.WriteNumber("noLongerEvaluated", diff.NoLongerEvaluated.Length);
        json.WriteNumber("goneFromB", diff.GoneFromB.Length);
        json.WriteNumber("stillOpen", diff.StillOpen.Length);
        json.WriteNumber("frameworksChanged", diff.Scores.Length);
        json.WriteBoolean("policiesComparable", diff.Policies.Comparable);
        json.WriteNumber("policiesAdded", diff.Policies.Added.Length);
        json.WriteNumber("policiesRemoved", diff.Policies.Removed.Length);
        json.WriteNumber("policiesModified", diff.Policies.Modified.Length);
        json.WriteEndObject();
    }

    private static void WriteFindings(Utf8JsonWriter json, string name, IEnumerable<FindingChange> changes)
    {
        json.WriteStartArray(name);
        foreach (var change in changes)
        {
            json.WriteStartObject();
            json.WriteString("framework", change.Key.Framework);
            json.WriteString("control", change.Key.Control);
            json.WriteString("check", change.Key.Check);
            json.WriteNumber("checkOrdinal", change.Key.CheckOrdinal);
            json.WriteString("subject", change.Key.Subject);
            json.WriteNumber("occurrence", change.Key.Occurrence);
            json.WriteString("severity", change.Severity);
            json.WriteString("namespace", change.Namespace);
            json.WriteString("before", change.Before);
            json.WriteString("after", change.After);
            json.WriteString("resolution", change.Resolution);
            json.WriteString("message", change.Message);
            Number(json, "totalBefore", change.TotalBefore);
            Number(json, "totalAfter", change.TotalAfter);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteScores(Utf8JsonWriter json, RunDiff diff)
    {
        json.WriteStartArray("scores");
        foreach (var framework in diff.Scores)
        {
            json.WriteStartObject();
            json.WriteString("framework", framework.Framework);
            Scores(json, framework.Before, framework.After);
            json.WriteStartArray("controls");
            foreach (var control in framework.Controls)
            {
                json.WriteStartObject();
                json.WriteString("control", control.Control);
                json.WriteString("severity", control.Severity);
                Scores(json, control.Before, control.After);
                json.WriteString("statusBefore", control.StatusBefore);
                json.WriteString("statusAfter", control.StatusAfter);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WritePolicies(Utf8JsonWriter json, PolicyChanges policies)
    {
        json.WriteStartObject("policies");
        json.WriteBoolean("comparable", policies.Comparable);
        json.WriteString("notComparable", policies.NotComparable);
        foreach (var (name, list) in new[] { ("added", policies.Added), ("removed", policies.Removed), ("modified", policies.Modified) })
        {
            json.WriteStartArray(name);
            foreach (var policy in list)
            {
                json.WriteStartObject();
                json.WriteString("apiVersion", policy.ApiVersion);
                json.WriteString("kind", policy.Kind);
                json.WriteString("namespace", policy.Namespace);
                json.WriteString("name", policy.Name);
                json.WriteString("sha256Before", policy.Sha256Before);
                json.WriteString("sha256After", policy.Sha256After);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    private static void Scores(Utf8JsonWriter json, double? before, double? after)
    {
        Number(json, "before", before);
        Number(json, "after", after);
        Number(json, "delta", DiffSchema.Delta(before, after));
    }

    private static void Number(Utf8JsonWriter json, string name, double? value)
    {
        if (value is { } number)
        {
            json.WriteNumber(name, number);
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
