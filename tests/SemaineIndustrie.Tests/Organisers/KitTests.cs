using System.Diagnostics;
using System.Net;
using Microsoft.EntityFrameworkCore;
using SemaineIndustrie.Features.Events;

namespace SemaineIndustrie.Tests.Organisers;

public abstract class KitTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : TestApp
{
    [Fact]
    public async Task The_kit_of_a_labelled_event_names_it_and_its_poster_code_opens_its_page()
    {
        var (client, _, _) = await app.OrganiserAsync();
        var id = await client.CreateDraftAsync(OrganiserForms.EventFields(title: "Découverte de la fonderie Lamotte"));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/organisateur/evenements/{id}/kit/affiche.pdf")).StatusCode);
        await app.QueryAsync(db => db.Events.Where(e => e.Id == id)
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.Status, EventStatus.Labelled).SetProperty(e => e.LabelledAt, DateTime.UtcNow)));
        var slug = await app.QueryAsync(db => db.Events.Where(e => e.Id == id).Select(e => e.Slug).SingleAsync());

        var kitPage = await client.PageAsync($"/organisateur/evenements/{id}/kit");
        Assert.Contains("Certificat de labellisation", kitPage.Body!.TextContent);

        var certificate = await client.GetAsync($"/organisateur/evenements/{id}/kit/certificat.pdf");
        Assert.Equal("application/pdf", certificate.Content.Headers.ContentType?.MediaType);
        var certificateText = await Tool.TextOfPdfAsync(await certificate.Content.ReadAsByteArrayAsync());
        Assert.Contains("Découverte de la fonderie Lamotte", certificateText);
        Assert.Contains("Forges de Vénissieux", certificateText);
        Assert.Contains("2026", certificateText);

        var poster = await (await client.GetAsync($"/organisateur/evenements/{id}/kit/affiche.pdf")).Content.ReadAsByteArrayAsync();
        Assert.Contains("Découverte de la fonderie Lamotte", await Tool.TextOfPdfAsync(poster));
        Assert.Equal($"http://localhost:5000/evenements/{id}-{slug}", await Tool.QrCodeOfPdfAsync(poster));
    }

    [Fact]
    public async Task Another_organisation_cannot_download_the_kit()
    {
        var (owner, _, _) = await app.OrganiserAsync();
        var id = await owner.CreateDraftAsync(OrganiserForms.EventFields());
        await app.QueryAsync(db => db.Events.Where(e => e.Id == id).ExecuteUpdateAsync(s => s.SetProperty(e => e.Status, EventStatus.Labelled)));
        var (stranger, _, _) = await app.OrganiserAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/organisateur/evenements/{id}/kit/certificat.pdf")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/organisateur/evenements/{id}/kit")).StatusCode);
        var anonymous = await app.CreateBrowserLikeClient().GetAsync($"/organisateur/evenements/{id}/kit/affiche.pdf");
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
    }

    /// poppler-utils and zbar-tools from Debian, installed by the test command.
    private static class Tool
    {
        public static async Task<string> TextOfPdfAsync(byte[] pdf)
        {
            var file = await TempAsync(pdf, ".pdf");
            return await RunAsync("pdftotext", $"-layout {file} -");
        }

        public static async Task<string> QrCodeOfPdfAsync(byte[] pdf)
        {
            var file = await TempAsync(pdf, ".pdf");
            var image = Path.ChangeExtension(file, null);
            await RunAsync("pdftoppm", $"-png -r 150 -singlefile {file} {image}");
            return (await RunAsync("zbarimg", $"--quiet --raw {image}.png")).Trim();
        }

        private static async Task<string> TempAsync(byte[] content, string extension)
        {
            var path = Path.Combine(Path.GetTempPath(), $"kit-{Guid.NewGuid():N}{extension}");
            await File.WriteAllBytesAsync(path, content);
            return path;
        }

        private static async Task<string> RunAsync(string tool, string arguments)
        {
            using var process = Process.Start(new ProcessStartInfo(tool, arguments) { RedirectStandardOutput = true, RedirectStandardError = true })!;
            var output = await process.StandardOutput.ReadToEndAsync();
            var error = await process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            Assert.True(process.ExitCode == 0, $"{tool} {arguments} failed: {error}");
            return output;
        }
    }
}

public sealed class KitTestsOnSqlite(SqliteAppInLabellingPeriod app) : KitTests<SqliteAppInLabellingPeriod>(app);

public sealed class KitTestsOnPostgres(PostgresAppInLabellingPeriod app) : KitTests<PostgresAppInLabellingPeriod>(app);
