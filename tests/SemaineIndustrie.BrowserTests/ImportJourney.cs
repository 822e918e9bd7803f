using System.Text;
using Microsoft.Playwright;
using SemaineIndustrie.BrowserTests.Pages;
using Xunit;
using Xunit.Abstractions;

namespace SemaineIndustrie.BrowserTests;

/// Issue 5: a federation uploads its CSV file and reads the dry run's report, line by line.
[Collection(BrowserCollection.Name)]
public sealed class ImportJourney(HttpServerFixture server, BrowserFixture browser, ITestOutputHelper output)
{
    [Fact]
    public async Task An_organiser_uploads_the_template_with_a_wrong_line_and_reads_the_report_in_French()
    {
        await using var session = await BrowserSession.OpenAsync(browser, server);
        var page = session.Page;
        await new AccountPages(page).SignInAsync("organisateur@demo.semaine-industrie.example.fr", "semaine-industrie-2026");
        await page.GotoAsync("/organisateur/import");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Importer");
        await AxeCheck.AssertNoSeriousViolationAsync(page, output);

        // The downloadable template (its example row is valid), plus a line with a title only.
        var template = await (await page.APIRequest.GetAsync("/organisateur/import?handler=Template")).TextAsync();
        var columns = template.TrimStart('\uFEFF').Split("\r\n")[0].Split(';').Length;
        var file = template.TrimEnd('\r', '\n') + "\r\nAtelier sans date" + new string(';', columns - 1) + "\r\n";
        await page.GetByLabel("Fichier CSV").SetInputFilesAsync(new FilePayload
        {
            Name = "programme-federation.csv",
            MimeType = "text/csv",
            Buffer = [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(file)],
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "Analyser le fichier" }).ClickAsync();

        var rows = page.GetByTestId("import-rows");
        await Assertions.Expect(rows).ToBeVisibleAsync();
        await Assertions.Expect(rows.GetByRole(AriaRole.Row).Filter(new() { HasText = "Atelier sans date" })).ToContainTextAsync("date");
        await AxeCheck.AssertNoSeriousViolationAsync(page, output);
        Assert.Empty(session.ScriptErrors);
    }
}
