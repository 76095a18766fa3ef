using System.Text;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace ComplianceAuditor.Reports.Templates;

/// <summary>
/// Parses one report template and renders it, sandboxed, straight into the output stream (UTF-8,
/// no BOM). Parse and runtime errors, in the template or anything it includes, become a
/// <see cref="TemplateException"/> with file:line:column.
/// </summary>
internal static class TemplateRenderer
{
    public static void Render(TemplateFolders folders, string name, ScriptObject model, int modelItems, Stream output)
    {
        var path = folders.Resolve(name, out var error) ?? throw new TemplateException(error!);
        var template = Template.Parse(File.ReadAllText(path), path);
        if (template.HasErrors)
        {
            throw new TemplateException(string.Join("\n", template.Messages.Select(m => Located(m.Span, m.Message))));
        }

        var context = TemplateSandbox.Create(folders, model, modelItems);
        using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 1 << 16, leaveOpen: true);
        context.PushOutput(new TextWriterOutput(writer));
        try
        {
            template.Render(context);
        }
        catch (ScriptParserRuntimeException exception)
        {
            throw new TemplateException(string.Join("\n", exception.ParserMessages.Select(m => Located(m.Span, m.Message))), exception);
        }
        catch (ScriptRuntimeException exception)
        {
            throw new TemplateException(Located(exception.Span, exception.OriginalMessage), exception);
        }

        writer.Flush();
    }

    /// <summary>Scriban's spans count from 0; editors and compilers count lines and columns from 1.</summary>
    private static string Located(SourceSpan span, string message) =>
        $"{span.FileName}:{span.Start.Line + 1}:{span.Start.Column + 1}: {message}";
}
