using Microsoft.Playwright;
using SemaineIndustrie.BrowserTests.Pages;
using Xunit;
using Xunit.Abstractions;

namespace SemaineIndustrie.BrowserTests;

/// A partner site embeds a selection: the code copied from the search page, pasted into a page of
/// another origin, shows the selected events with links back to the platform.
[Collection(BrowserCollection.Name)]
public sealed class OpenDataJourney(HttpServerFixture server, BrowserFixture browser, ITestOutputHelper output)
{
    [Fact]
    public async Task Widget_code_copied_from_the_search_shows_the_selection_on_a_partner_site()
    {
        await using var session = await BrowserSession.OpenAsync(browser, server);
        var search = await SearchPage.OpenAsync(session.Page, "?region=84&type=visite-entreprise");
        var titles = await search.Cards.GetByRole(AriaRole.Link).AllInnerTextsAsync();
        Assert.NotEmpty(titles);
        var code = await session.Page.GetByLabel("Code à copier dans votre page").InputValueAsync();

        await using var partner = PartnerSite.Serving(code);
        await session.Page.GotoAsync(partner.Address.ToString());
        var widget = session.Page.FrameLocator("iframe[title]");
        var links = widget.GetByTestId("widget-events").GetByRole(AriaRole.Link);
        await Assertions.Expect(links.First).ToBeVisibleAsync();

        var shown = (await links.AllInnerTextsAsync()).Select(t => t.Replace("(nouvelle fenêtre)", "", StringComparison.Ordinal).Trim()).ToList();
        Assert.Equal(titles.Take(shown.Count).Select(t => t.Trim()), shown);
        var href = await links.First.GetAttributeAsync("href");
        Assert.StartsWith(new Uri(server.ServerAddress, "/evenements/").ToString(), href, StringComparison.Ordinal);
        Assert.Empty(session.ScriptErrors);
    }

    [Fact]
    public async Task Open_data_page_and_widget_have_no_serious_accessibility_violation()
    {
        await using var session = await BrowserSession.OpenAsync(browser, server);
        await session.Page.GotoAsync("/donnees-ouvertes");
        await Assertions.Expect(session.Page.GetByRole(AriaRole.Heading, new() { Name = "Données ouvertes", Level = 1 })).ToBeVisibleAsync();
        await AxeCheck.AssertNoSeriousViolationAsync(session.Page, output);

        var response = await session.Page.GotoAsync("/widget?region=84");
        var html = await response!.TextAsync();
        output.WriteLine($"/widget?region=84 weighs {html.Length} characters of HTML and loads nothing else");
        await Assertions.Expect(session.Page.GetByTestId("widget-events").GetByRole(AriaRole.Link).First).ToBeVisibleAsync();
        await AxeCheck.AssertNoSeriousViolationAsync(session.Page, output);
    }
}
