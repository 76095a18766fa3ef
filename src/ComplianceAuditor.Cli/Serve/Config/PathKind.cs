namespace ComplianceAuditor.Cli.Serve.Config;

/// <summary>What a path in the configuration must name when it is checked.</summary>
internal enum PathKind
{
    File,
    Folder,
    FileOrFolder,
}
