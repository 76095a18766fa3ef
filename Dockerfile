# syntax=docker/dockerfile:1
# compliance-auditor: the CLI, the control catalogs, the report templates and the demo cluster.
# The PDF fonts are embedded in ComplianceAuditor.Reports.dll, so the image needs no font packages.
#
#   docker build -t compliance-auditor:0.1.0 .
#   docker run --rm -v "$PWD/reports:/reports" compliance-auditor:0.1.0 audit --demo --out /reports
#
# The same image runs the nightly CronJob (deploy/base) and the always-on `serve` Deployment
# (deploy/overlays/service).
#
# CI builds the same publish output (`dotnet publish src/ComplianceAuditor.Cli -c Release -o DIR`)
# and runs `audit --demo` from it (.ci/run), so what this file copies is exercised on every run.

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
# Restore first, from the project files only, so a source edit does not invalidate the package layer.
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/ComplianceAuditor.Engine/ComplianceAuditor.Engine.csproj src/ComplianceAuditor.Engine/
COPY src/ComplianceAuditor.Kubernetes/ComplianceAuditor.Kubernetes.csproj src/ComplianceAuditor.Kubernetes/
COPY src/ComplianceAuditor.Controls/ComplianceAuditor.Controls.csproj src/ComplianceAuditor.Controls/
COPY src/ComplianceAuditor.Reports/ComplianceAuditor.Reports.csproj src/ComplianceAuditor.Reports/
COPY src/ComplianceAuditor.Cli/ComplianceAuditor.Cli.csproj src/ComplianceAuditor.Cli/
RUN dotnet restore src/ComplianceAuditor.Cli/ComplianceAuditor.Cli.csproj
# The CLI project links controls/*.yaml and deploy/demo/**, the Reports project templates/*.sbn:
# publish copies them to controls/, demo/ and templates/ beside the binary (Bundled.cs).
COPY src/ src/
COPY controls/ controls/
COPY templates/ templates/
COPY deploy/demo/ deploy/demo/
RUN dotnet publish src/ComplianceAuditor.Cli -c Release -o /app --no-restore \
 && test -f /app/controls/pci-dss-4.0.1.yaml \
 && test -f /app/templates/report.html.sbn \
 && test -f /app/demo/cluster.yaml

# Framework-dependent on the official ASP.NET Core runtime image: `serve` answers /healthz and
# /metrics with Kestrel from the ASP.NET Core shared framework (the CLI has a FrameworkReference to
# Microsoft.AspNetCore.App), which the plain runtime image lacks. The published output is exactly
# what CI smoke-tests, and security updates of the runtime come from rebuilding on a new base tag
# rather than from recompiling a self-contained app. InvariantGlobalization is on
# (Directory.Build.props), so a chiseled base (no shell, no package manager) also works where a
# distroless image is wanted: mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled-extra, the variant
# with tzdata, since serve resolves targets' IANA time zones (the plain chiseled image has only UTC).
# The Debian-based aspnet:10.0 used here ships tzdata.
FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build --chown=0:0 /app/ /app/
# /reports (the run folders; a volume in the CronJob and the service) and /tmp are the only paths
# written to: the root filesystem can be mounted read-only. HOME points at /tmp so nothing looks
# for a home directory the numeric user does not have.
# DOTNET_gcServer=0: one audit process per pod; workstation GC keeps the heap close to the data
# (the README's 1.1 GB peak for 150k pods was measured with it), server GC would reserve per core.
# In a container with a memory limit .NET caps its heap at 75% of the limit by default; size the
# limit, not the heap (deploy/README.md). DOTNET_EnableDiagnostics=0: no diagnostics IPC socket in
# /tmp and no debugger attach in a security tool's pod.
# ASPNETCORE_HTTP_PORTS="" clears the aspnet image's default (8080), which nothing here uses:
# serve listens only where serve.yaml's `monitoring` says (127.0.0.1:9464 by default, 0.0.0.0:9464
# in deploy/overlays/service), and the other commands listen nowhere.
ENV HOME=/tmp \
    TMPDIR=/tmp \
    ASPNETCORE_HTTP_PORTS="" \
    DOTNET_gcServer=0 \
    DOTNET_CLI_TELEMETRY_OPTOUT=1 \
    DOTNET_NOLOGO=1 \
    DOTNET_EnableDiagnostics=0
RUN mkdir -p /reports && chown 65532:65532 /reports && chmod 0750 /reports
VOLUME ["/reports"]
# A numeric UID (no /etc/passwd entry needed) so Kubernetes' runAsNonRoot can verify it.
USER 65532:65532
# Through the `dotnet` host on PATH rather than the apphost, which would look for the runtime in a
# fixed install location.
ENTRYPOINT ["dotnet", "/app/compliance-auditor.dll"]
CMD ["--help"]
