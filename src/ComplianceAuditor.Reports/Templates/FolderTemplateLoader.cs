using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace ComplianceAuditor.Reports.Templates;

/// <summary>
/// The only way a template reaches a file: <c>include "name"</c> of a template in the templates
/// folders. Anything else (a path, "..", a missing file) fails at the include, with its position.
/// </summary>
internal sealed class FolderTemplateLoader(TemplateFolders folders) : ITemplateLoader
{
    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName) =>
        folders.Resolve(templateName, out var error) ?? throw new ScriptRuntimeException(callerSpan, $"include refused: {error}");

    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath)
    {
        try
        {
            return File.ReadAllText(templatePath);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new ScriptRuntimeException(callerSpan, $"cannot read {templatePath}: {exception.Message}");
        }
    }

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));
}
