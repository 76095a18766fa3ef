namespace ComplianceAuditor.Cli.Serve.Monitoring;

/// <summary>What /healthz answers: 200 "ok: Detail" when healthy, else 503 "unhealthy: Detail".</summary>
internal sealed record HealthState(bool Healthy, string Detail);
