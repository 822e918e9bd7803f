using Microsoft.EntityFrameworkCore;
using SemaineIndustrie.Features.Content;
using SemaineIndustrie.Features.Geography;
using SemaineIndustrie.Features.Shared;

namespace SemaineIndustrie.Data.Demo;

/// The demonstration content written with the demonstration programme: press releases and news
/// drawn from the source documents (2018–2024, rewritten, facts kept), a dozen resources per space,
/// contacts for every region, FAQ entries and partners.
public static partial class DemoContent
{
    public static async Task SeedAsync(AppDbContext db, FrenchGeography geography, DateTime now, CancellationToken ct)
    {
        var current = await db.Editions.AsNoTracking().OrderByDescending(e => e.Year).FirstAsync(ct);
        var items = new List<ContentItem>();
        ContentItem Add(ContentKind kind, string title, string? summary, string body, DateOnly on, int order = 0)
        {
            var item = new ContentItem
            {
                Kind = kind, Status = ContentStatus.Published, Title = title, Slug = UniqueSlug(items, kind, title), Summary = summary, Body = body,
                PublishedOn = on, SortOrder = order, CreatedAt = now, UpdatedAt = now,
            };
            items.Add(item);
            return item;
        }

        var launch2022 = Add(ContentKind.PressRelease, "Coup d'envoi de la 11e Semaine de l'industrie : plus de 4 500 événements partout en France",
            "Du 21 au 27 novembre 2022, « Agir pour une industrie d'avenir » : 1,6 million de participants attendus.", Launch2022, new(2022, 11, 18));
        launch2022.Place = "Paris";
        launch2022.Files.Add(PdfFile("dossier-de-presse-semaine-industrie-2022.pdf", "Dossier de presse",
            "11e Semaine de l'industrie – « Agir pour une industrie d'avenir »", PressKit2022, now));
        Add(ContentKind.PressRelease, "Semaine de l'industrie 2024 : les organisateurs peuvent demander le label",
            "Rendez-vous du 18 au 24 novembre 2024 ; demandes de label jusqu'au 12 novembre.", Labelling2024, new(2024, 9, 20)).Place = "Paris";
        var aquitaine = Add(ContentKind.PressRelease, "La 12e Semaine de l'industrie en Nouvelle-Aquitaine",
            "Du 27 novembre au 3 décembre 2023, la région académique invite collégiens, apprentis et demandeurs d'emploi à découvrir l'industrie néo-aquitaine.",
            Aquitaine2023, new(2023, 11, 27));
        (aquitaine.Place, aquitaine.RegionCode) = ("Bordeaux", "75");

        Add(ContentKind.News, "Édition 2018 : ouverture des demandes de label",
            "La Semaine 2018 se tiendra du 26 mars au 1er avril, autour de l'industrie connectée.", Opening2018, new(2018, 2, 16));
        Add(ContentKind.News, "2020 : « Inventer un avenir durable »",
            "La 10e édition met à l'honneur la mixité, la transition écologique et l'économie circulaire.", Theme2020, new(2020, 1, 15));
        Add(ContentKind.News, $"Semaine de l'industrie {current.Year} : le rendez-vous est pris",
            $"La {FrenchFormat.EditionOrdinal(current.Number)} édition aura lieu {FrenchFormat.Range(current.StartsOn, current.EndsOn)}.",
            CurrentEdition(current), DateOnly.FromDateTime(now));

        foreach (var (space, category, title, summary, audience, sector, link, body) in Resources)
        {
            var resource = Add(ContentKind.Resource, title, summary, body, DateOnly.FromDateTime(now), items.Count);
            (resource.Space, resource.Category, resource.AudienceCode, resource.SectorCode, resource.LinkUrl) = (space, category, audience, sector, link);
            if (category == "fiche-metier")
            {
                resource.Files.Add(PdfFile(Features.Events.Slugs.From(title) + ".pdf", "Fiche métier", title, [summary, .. body.Split("\n\n")], now));
            }
        }
        foreach (var (question, answer) in Faq)
        {
            Add(ContentKind.Faq, question, null, answer, DateOnly.FromDateTime(now), items.Count);
        }
        foreach (var (group, name, url) in Partners)
        {
            var partner = Add(ContentKind.Partner, name, null, "", DateOnly.FromDateTime(now), items.Count);
            (partner.Category, partner.LinkUrl) = (group, url);
        }
        items.ForEach(i => i.Fold());
        db.ContentItems.AddRange(items);
        db.Contacts.AddRange(Contacts(geography));
        await db.SaveChangesAsync(ct);
    }

    private static string UniqueSlug(List<ContentItem> items, ContentKind kind, string title)
    {
        var stem = Features.Events.Slugs.From(title, maxLength: 100);
        var slug = stem;
        for (var n = 2; items.Any(i => i.Kind == kind && i.Slug == slug); n++)
        {
            slug = $"{stem}-{n}";
        }
        return slug;
    }

    private static ContentFile PdfFile(string name, string kind, string title, IReadOnlyList<string> paragraphs, DateTime now)
    {
        var content = DemoDocuments.Pdf(kind, title, paragraphs);
        return new ContentFile { FileName = name, ContentType = "application/pdf", Length = content.Length, Content = content, CreatedAt = now };
    }
}
