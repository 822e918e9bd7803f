using Microsoft.Playwright;
using SemaineIndustrie.BrowserTests.Pages;
using Xunit;
using Xunit.Abstractions;

namespace SemaineIndustrie.BrowserTests;

/// axe-core on the public pages: no violation of impact serious or critical.
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests(HttpServerFixture server, BrowserFixture browser, ITestOutputHelper output)
{
    [Fact]
    public async Task Home_page_has_no_serious_accessibility_violation()
    {
        await using var session = await BrowserSession.OpenAsync(browser, server);
        await HomePage.OpenAsync(session.Page);

        await AssertNoSeriousViolationAsync(session.Page);
    }

    [Fact]
    public async Task Filtered_list_has_no_serious_accessibility_violation()
    {
        await using var session = await BrowserSession.OpenAsync(browser, server);
        var search = await SearchPage.OpenAsync(session.Page, "?type=visite-entreprise&page=2");
        await Assertions.Expect(search.Cards.First).ToBeVisibleAsync();
        await search.WaitForMapAsync();

        await AssertNoSeriousViolationAsync(session.Page);
    }

    [Fact]
    public async Task Map_has_no_serious_accessibility_violation_at_national_and_regional_zoom()
    {
        await using var session = await BrowserSession.OpenAsync(browser, server);
        var search = await SearchPage.OpenAsync(session.Page);
        await search.WaitForMapAsync();
        await Assertions.Expect(search.Clusters.First).ToBeVisibleAsync();

        await AssertNoSeriousViolationAsync(session.Page);

        var national = await search.ReadResultCountAsync();
        await search.ClickBiggestClusterAsync();
        await search.WaitForResultCountBelowAsync(national);

        await AssertNoSeriousViolationAsync(session.Page);
    }

    [Fact]
    public async Task Event_page_has_no_serious_accessibility_violation()
    {
        await using var session = await BrowserSession.OpenAsync(browser, server);
        var details = await (await SearchPage.OpenAsync(session.Page)).OpenFirstEventAsync();
        await Assertions.Expect(details.Heading).ToBeVisibleAsync();

        await AssertNoSeriousViolationAsync(session.Page);
    }

    private Task AssertNoSeriousViolationAsync(IPage page) => AxeCheck.AssertNoSeriousViolationAsync(page, output);
}
