using System.Text.RegularExpressions;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Microsoft.AspNetCore.Html;

namespace SemaineIndustrie.Features.Content;

/// Administrators write Markdown; readers get HTML that can carry no script: raw HTML is not
/// parsed (it shows as text), no extension that writes attributes is enabled, links and images keep
/// only relative, http(s), mailto and tel addresses, and a « # » heading becomes an h2 under the page's own h1.
public static partial class ContentMarkdown
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UsePipeTables()
        .UseAutoLinks()
        .Build();

    public static IHtmlContent Render(string? markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return HtmlString.Empty;
        }
        var document = Markdown.Parse(markdown, Pipeline);
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            heading.Level = Math.Max(2, heading.Level);
        }
        foreach (var link in document.Descendants<LinkInline>().Where(l => !IsSafe(l.Url)).ToList())
        {
            Unlink(link);
        }
        foreach (var link in document.Descendants<AutolinkInline>().Where(l => !l.IsEmail && !IsSafe(l.Url)).ToList())
        {
            link.ReplaceBy(new LiteralInline(link.Url));
        }
        return new HtmlString(Markdown.ToHtml(document, Pipeline));
    }

    /// Relative addresses (no scheme) and the schemes a reader can follow safely.
    public static bool IsSafe(string? url)
    {
        if (string.IsNullOrEmpty(url))
        {
            return true;
        }
        // Browsers ignore control characters and spaces inside a scheme (« java\tscript: »).
        var compact = new string(url.Where(c => c > ' ').ToArray());
        var scheme = Scheme().Match(compact);
        return !scheme.Success || scheme.Groups[1].Value.ToLowerInvariant() is "http" or "https" or "mailto" or "tel";
    }

    /// An unsafe link keeps its text; an unsafe image disappears.
    private static void Unlink(LinkInline link)
    {
        if (!link.IsImage)
        {
            foreach (var child in link.ToList())
            {
                child.Remove();
                link.InsertBefore(child);
            }
        }
        link.Remove();
    }

    [GeneratedRegex("^([a-zA-Z][a-zA-Z0-9+.-]*):")]
    private static partial Regex Scheme();
}
