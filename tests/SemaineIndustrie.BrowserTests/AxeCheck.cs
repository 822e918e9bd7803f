using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Xunit;
using Xunit.Abstractions;

namespace SemaineIndustrie.BrowserTests;

/// axe-core on a page: no violation of impact serious or critical.
public static class AxeCheck
{
    /// Fails on serious and critical violations; lists the minor and moderate ones in the test output.
    public static async Task AssertNoSeriousViolationAsync(IPage page, ITestOutputHelper output)
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
