using System.Net;
using System.Net.Http.Headers;
using System.Text;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using SemaineIndustrie.Features.Accounts;
using SemaineIndustrie.Features.Events;
using SemaineIndustrie.Features.Organisations;

namespace SemaineIndustrie.Tests.Import;

public abstract class ImportTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : TestApp
{
    [Fact]
    public async Task The_template_opens_in_a_French_spreadsheet_and_imports_as_one_submitted_request()
    {
        var (client, organisationId) = await OrganiserAsync();
        var template = await client.GetAsync("/organisateur/import?handler=Template");
        var bytes = await template.Content.ReadAsByteArrayAsync();
        Assert.Equal("text/csv", template.Content.Headers.ContentType?.MediaType);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.StartsWith("titre;resume;description;type;publics", Encoding.UTF8.GetString(bytes[3..]));

        var report = await UploadAsync(client, bytes, "modele.csv");
        Assert.Contains("1 lignes valides", report.Text);
        Assert.Equal(0, await CountAsync(organisationId));

        var outcome = await ImportAsync(client, report.Url, []);
        Assert.Contains("1 demandes de label déposées", outcome);
        var request = await app.QueryAsync(db => db.LabelRequests.AsNoTracking().Include(r => r.Event).ThenInclude(e => e!.Sessions)
            .SingleAsync(r => r.Event!.OrganisationId == organisationId));
        Assert.Equal(LabelRequestStatus.Pending, request.Status);
        Assert.Equal(EventStatus.Submitted, request.Event!.Status);
        Assert.Equal("Visite de l'atelier d'usinage", request.Event.Title);
        Assert.Equal("84", request.RegionCode);
        Assert.Equal(new DateOnly(2026, 10, 26), request.DueOn); // Tuesday 20 Oct + 4 working days
        Assert.Equal(2, request.Event.Sessions.Count);
        Assert.True(await app.QueryAsync(db => db.EventHistory.AnyAsync(h => h.EventId == request.EventId && h.Action == "submitted")));
    }

    [Fact]
    public async Task Each_wrong_row_is_reported_in_French_by_line_and_only_whole_rows_are_imported()
    {
        var (client, organisationId) = await OrganiserAsync();
        var good = ImportFiles.Row("Portes ouvertes de la fonderie");
        var badDate = ImportFiles.Row("Date impossible", date: "32/11/2026");
        var noAudience = ImportFiles.Row("Sans public");
        noAudience["publics"] = "";
        var reversed = ImportFiles.Row("Heures inversées");
        (reversed["heure_debut"], reversed["heure_fin"]) = ("16:00", "14:00");
        var outsideWindow = ImportFiles.Row("Trop tôt", date: "01/03/2026");
        var unknownCommune = ImportFiles.Row("Commune inconnue", commune: "Atlantis", postalCode: "99999");
        var paying = ImportFiles.Row("Payant");
        paying["gratuit"] = "non";

        var report = await UploadAsync(client, ImportFiles.Csv([good, badDate, noAudience, reversed, outsideWindow, unknownCommune, paying]), "lot.csv");
        Assert.Contains("1 lignes valides", report.Text);
        Assert.Contains("6 lignes en erreur", report.Text);
        var rows = report.Page.QuerySelectorAll("[data-testid=import-rows] tbody tr").Select(r => r.TextContent).ToList();
        Assert.Contains(rows, r => r.Contains('3') && r.Contains("« 32/11/2026 » n'est pas une date"));
        Assert.Contains(rows, r => r.Contains("indiquez au moins un public cible"));
        Assert.Contains(rows, r => r.Contains("l'heure de fin (14:00) doit être après l'heure de début (16:00)"));
        Assert.Contains(rows, r => r.Contains("hors période"));
        Assert.Contains(rows, r => r.Contains("« Atlantis » introuvable avec le code postal 99999"));
        Assert.Contains(rows, r => r.Contains("Seuls les événements gratuits"));

        Assert.Contains("1 demandes de label déposées, 6 lignes non importées", await ImportAsync(client, report.Url, []));
        var titles = await app.QueryAsync(db => db.Events.Where(e => e.OrganisationId == organisationId).Select(e => e.Title).ToListAsync());
        Assert.Equal(["Portes ouvertes de la fonderie"], titles);
    }

    [Fact]
    public async Task Windows_1252_files_separated_by_commas_keep_their_accents()
    {
        var (client, organisationId) = await OrganiserAsync();
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var file = ImportFiles.Csv([ImportFiles.Row("Journée découverte « métiers de l'énergie »")], separator: ',', encoding: Encoding.GetEncoding(1252));
        var report = await UploadAsync(client, file, "excel.csv");
        Assert.Contains("Windows-1252", report.Text);
        Assert.Contains("séparateur « , »", report.Text);
        await ImportAsync(client, report.Url, []);
        Assert.Equal("Journée découverte « métiers de l'énergie »",
            await app.QueryAsync(db => db.Events.Where(e => e.OrganisationId == organisationId).Select(e => e.Title).SingleAsync()));
    }

    [Fact]
    public async Task Duplicates_in_the_file_and_in_the_edition_are_skipped_unless_confirmed()
    {
        var (client, organisationId) = await OrganiserAsync();
        var first = await UploadAsync(client, ImportFiles.Csv([ImportFiles.Row("Visite de l'usine")]), "a.csv");
        await ImportAsync(client, first.Url, []);

        // Same title once folded, same day, 300 m away: a duplicate of the imported event; and twice in the file.
        var again = ImportFiles.Row("VISITE de l’usine !", latitude: 45.7350, longitude: 4.8400);
        var twice = ImportFiles.Row("Atelier soudure");
        var report = await UploadAsync(client, ImportFiles.Csv([again, twice, twice]), "b.csv");
        Assert.Contains("1 lignes valides", report.Text);
        Assert.Contains("2 doublons probables", report.Text);
        Assert.Contains("Doublon probable de l'événement n°", report.Text);
        Assert.Contains("Doublon probable de la ligne 3", report.Text);

        var outcome = await ImportAsync(client, report.Url, [4]);
        Assert.Contains("2 demandes de label déposées, 1 lignes non importées", outcome);
        Assert.Equal(3, await CountAsync(organisationId));
    }

    [Fact]
    public async Task Importing_the_same_analysis_twice_imports_it_once()
    {
        var (client, organisationId) = await OrganiserAsync();
        var report = await UploadAsync(client, ImportFiles.Csv([ImportFiles.Row("Forum des métiers")]), "c.csv");
        var token = report.Page.QuerySelector("form[method=post] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var posts = Enumerable.Range(0, 2).Select(_ => client.PostAsync(report.Url,
            new FormUrlEncodedContent([new("__RequestVerificationToken", token)])));
        await Task.WhenAll(posts);
        Assert.Equal(1, await CountAsync(organisationId));
    }

    [Fact]
    public async Task Files_that_are_not_event_tables_are_refused_with_a_reason()
    {
        var (client, _) = await OrganiserAsync();
        var missing = await UploadAsync(client, Encoding.UTF8.GetBytes("nom;prenom\r\nDupont;Jean\r\n"), "autre.csv");
        Assert.Contains("Colonnes obligatoires absentes : titre, resume", missing.Text);
        var binary = await PostFileAsync(client, [0x4D, 0x5A, 0x90, 0x00, 0x03], "programme.csv");
        Assert.Equal(HttpStatusCode.OK, binary.StatusCode);
        var page = await new HtmlParser().ParseDocumentAsync(await binary.Content.ReadAsStringAsync());
        Assert.Contains("n'est pas un fichier CSV", page.QuerySelector("#Upload-erreur")?.TextContent);
    }

    [Fact]
    public async Task Another_organisation_cannot_see_a_file_and_other_roles_cannot_import()
    {
        var (client, _) = await OrganiserAsync();
        var report = await UploadAsync(client, ImportFiles.Csv([ImportFiles.Row("Confidentiel")]), "d.csv");
        var (other, _) = await OrganiserAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(report.Url)).StatusCode);
        var moderator = await app.CreateSignedInClientAsync(await app.CreateUserAsync(Roles.Moderator, regions: ["84"]));
        Assert.Equal(HttpStatusCode.Forbidden, (await moderator.GetAsync("/organisateur/import")).StatusCode);
        var anonymous = await app.CreateBrowserLikeClient().GetAsync("/organisateur/import");
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.StartsWith("/connexion", anonymous.Headers.Location?.PathAndQuery ?? anonymous.Headers.Location?.OriginalString);
    }

    private async Task<(HttpClient Client, int OrganisationId)> OrganiserAsync()
    {
        var organisationId = await app.QueryAsync(async db =>
        {
            var organisation = new Organisation { Name = $"Fédération test {Guid.NewGuid():N}"[..30], Kind = OrganisationKind.Federation, CreatedAt = DateTime.UtcNow };
            db.Organisations.Add(organisation);
            await db.SaveChangesAsync();
            return organisation.Id;
        });
        var user = await app.CreateUserAsync(Roles.Organiser, organisationId: organisationId);
        return (await app.CreateSignedInClientAsync(user), organisationId);
    }

    private Task<int> CountAsync(int organisationId) =>
        app.QueryAsync(db => db.Events.CountAsync(e => e.OrganisationId == organisationId));

    private static async Task<HttpResponseMessage> PostFileAsync(HttpClient client, byte[] bytes, string name)
    {
        var token = await TestUsers.AntiforgeryTokenAsync(client, "/organisateur/import");
        var content = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
        };
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        content.Add(file, "Upload", name);
        return await client.PostAsync("/organisateur/import", content);
    }

    private static async Task<(string Url, string Text, AngleSharp.Dom.IDocument Page)> UploadAsync(HttpClient client, byte[] bytes, string name)
    {
        var response = await PostFileAsync(client, bytes, name);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var url = response.Headers.Location!.OriginalString;
        var html = await (await client.GetAsync(url)).Content.ReadAsStringAsync();
        var page = await new HtmlParser().ParseDocumentAsync(html);
        return (url, page.Body!.TextContent, page);
    }

    private static async Task<string> ImportAsync(HttpClient client, string url, int[] confirmedLines)
    {
        var fields = confirmedLines.Select(l => new KeyValuePair<string, string>("Confirmed", l.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var response = await client.PostFormAsync(url, fields);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await new HtmlParser().ParseDocumentAsync(await (await client.GetAsync(url)).Content.ReadAsStringAsync());
        return page.Body!.TextContent;
    }
}

public sealed class ImportTestsOnSqlite(SqliteAppInLabellingPeriod app) : ImportTests<SqliteAppInLabellingPeriod>(app);

public sealed class ImportTestsOnPostgres(PostgresAppInLabellingPeriod app) : ImportTests<PostgresAppInLabellingPeriod>(app);
