namespace ComplianceAuditor.Reports.Templates;

/// <summary>
/// A report template that cannot be used: it does not parse, fails while rendering, or includes
/// something outside the templates folders. The message starts with file:line:column, so a user's
/// <c>--templates</c> file can be fixed from the message alone; callers print it, they do not crash.
/// </summary>
public sealed class TemplateException : Exception
{
    public TemplateException()
    {
    }

    public TemplateException(string message)
        : base(message)
    {
    }

    public TemplateException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
