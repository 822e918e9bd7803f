using SemaineIndustrie.Features.Content;

namespace SemaineIndustrie.Tests.Content;

public sealed class ContentMarkdownTests
{
    [Theory]
    [InlineData("[a](javascript:alert(1))")]
    [InlineData("[a](JAVASCRIPT:alert(1))")]
    [InlineData("[a](data:text/html;base64,PHNjcmlwdD4=)")]
    [InlineData("[a](vbscript:msgbox)")]
    [InlineData("![a](javascript:alert(1))")]
    [InlineData("<javascript:alert(1)>")]
    public void Links_with_an_unsafe_scheme_lose_their_address(string markdown)
    {
        var html = ContentMarkdown.Render(markdown).ToString()!;
        Assert.DoesNotContain("href", html);
        Assert.DoesNotContain("src", html);
    }

    [Theory]
    [InlineData("https://www.entreprises.gouv.fr")]
    [InlineData("/evenements?region=75")]
    [InlineData("#conditions")]
    [InlineData("mailto:presse@exemple.fr")]
    [InlineData("tel:+33144871717")]
    public void Relative_web_mail_and_phone_links_stay(string url) =>
        Assert.True(ContentMarkdown.IsSafe(url));

    [Fact]
    public void Raw_html_is_escaped_and_a_top_heading_becomes_an_h2()
    {
        var html = ContentMarkdown.Render("# Titre\n\n<div onclick=\"x()\">bloc</div>\n\nTexte <span style=\"x\">en ligne</span>").ToString()!;
        Assert.Contains("<h2>Titre</h2>", html);
        Assert.Contains("&lt;div onclick=&quot;x()&quot;&gt;bloc&lt;/div&gt;", html);
        Assert.Contains("&lt;span style=&quot;x&quot;&gt;", html);
    }
}
