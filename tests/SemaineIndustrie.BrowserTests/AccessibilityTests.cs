using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
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

    /// Fails on serious and critical violations; lists the minor and moderate ones in the test output.
    private async Task AssertNoSeriousViolationAsync(IPage page)
    {
        var result = await page.RunAxe();
        output.WriteLine($"axe-core on {page.Url}: {result.Passes.Length} rules passed, {result.Violations.Length} violated, "
            + $"to review by hand: {string.Join(", ", result.Incomplete.Select(i => i.Id))}");
        foreach (var violation in result.Violations.Where(v => v.Impact is not ("serious" or "critical")))
        {
            output.WriteLine($"axe-core on {page.Url}:{Describe(violation)}");
        }
        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(serious.Count == 0, $"axe-core on {page.Url}:" + string.Concat(serious.Select(Describe)));
    }

    private static string Describe(AxeResultItem violation)
    {
        var node = violation.Nodes.FirstOrDefault();
        return $"\n- {violation.Id} ({violation.Impact}, {violation.Nodes.Length} node(s)): {violation.Help}"
            + (node is null ? "" : $"\n  first: {node.Target} {node.Html}\n  {Checks(node)}");
    }

    private static string Checks(AxeResultNode node)
    {
        var failed = (node.Any ?? []).Concat(node.All ?? []).Concat(node.None ?? []);
        return string.Join(" / ", failed.Select(c => c.Message?.ReplaceLineEndings(" ")));
    }
}
