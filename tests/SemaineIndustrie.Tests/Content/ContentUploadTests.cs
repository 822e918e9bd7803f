using System.Net;
using Microsoft.EntityFrameworkCore;
using SemaineIndustrie.Data.Demo;
using SemaineIndustrie.Tests.Organisers;

namespace SemaineIndustrie.Tests.Content;

public abstract class ContentUploadTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : TestApp
{
    [Theory]
    [InlineData("ELF")]
    [InlineData("MZ")]
    public async Task A_renamed_executable_is_refused_with_a_french_message_and_nothing_is_saved(string header)
    {
        var admin = await app.AdministratorAsync();
        byte[] executable = header == "ELF" ? [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0, 0, 0, 0, 0] : [0x4D, 0x5A, 0x90, 0x00, 0x03, 0, 0, 0, 0x04, 0, 0, 0];
        var title = $"Communiqué piégé {header}";
        var response = await admin.PostContentAsync(ContentForms.PressRelease(title), (executable, "dossier-de-presse.pdf"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Ce type de fichier n'est pas accepté : seuls les documents PDF et les images PNG, JPEG ou WebP le sont.", await OrganiserForms.ErrorsAsync(response));
        Assert.False(await app.QueryAsync(db => db.ContentItems.AnyAsync(c => c.Title == title)));
    }

    [Fact]
    public async Task A_file_larger_than_the_limit_is_refused()
    {
        var admin = await app.AdministratorAsync();
        var large = new byte[(10 * 1024 * 1024) + 1];
        "%PDF-1.7\n"u8.CopyTo(large);
        var response = await admin.PostContentAsync(ContentForms.PressRelease("Communiqué trop lourd"), (large, "gros.pdf"));

        Assert.Contains("Le fichier dépasse la taille maximale de 10 Mo.", await OrganiserForms.ErrorsAsync(response));
        Assert.False(await app.QueryAsync(db => db.ContentItems.AnyAsync(c => c.Title == "Communiqué trop lourd")));
    }

    [Fact]
    public async Task A_real_pdf_is_accepted_and_served_as_an_attachment_with_its_type_a_safe_name_and_nosniff()
    {
        var admin = await app.AdministratorAsync();
        var pdf = DemoDocuments.Pdf("Dossier de presse", "Semaine de l'industrie en Bretagne", ["Des visites d'usines dans toute la région."]);
        var (id, slug) = await app.SaveContentAsync(admin, ContentForms.PressRelease("Dossier breton", region: "53"), (pdf, "Dossier de presse été <2026>.PDF"));

        var page = await app.CreateClient().PageAsync($"/presse/{slug}");
        var link = page.QuerySelector("[data-testid=files] a")!.GetAttribute("href")!;
        Assert.EndsWith("/dossier-de-presse-ete-2026.pdf", link);

        var file = await app.CreateClient().GetAsync(link);
        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        Assert.Equal("application/pdf", file.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", file.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("dossier-de-presse-ete-2026.pdf", file.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.Equal("nosniff", file.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal(pdf, await file.Content.ReadAsByteArrayAsync());
        Assert.Equal(1, await app.QueryAsync(db => db.ContentFiles.CountAsync(f => f.ContentItemId == id)));
    }

    [Fact]
    public async Task A_png_is_served_inline_as_an_image_and_the_file_of_a_draft_is_hidden_from_the_public()
    {
        var admin = await app.AdministratorAsync();
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D];
        var (id, _) = await app.SaveContentAsync(admin, ContentForms.PressRelease("Brouillon illustré", status: "Draft"), (png, "photo.pdf"));
        var url = await app.QueryAsync(db => db.ContentFiles.Where(f => f.ContentItemId == id).Select(f => "/fichiers/" + f.Id + "/" + f.FileName).SingleAsync());
        Assert.EndsWith("/photo.png", url);

        Assert.Equal(HttpStatusCode.NotFound, (await app.CreateClient().GetAsync(url)).StatusCode);
        var seen = await admin.GetAsync(url);
        Assert.Equal("image/png", seen.Content.Headers.ContentType?.MediaType);
        Assert.Equal("inline", seen.Content.Headers.ContentDisposition?.DispositionType);
    }
}

public sealed class ContentUploadTestsOnSqlite(SqliteApp app) : ContentUploadTests<SqliteApp>(app);

public sealed class ContentUploadTestsOnPostgres(PostgresApp app) : ContentUploadTests<PostgresApp>(app);
