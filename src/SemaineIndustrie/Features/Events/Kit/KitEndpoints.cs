using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SemaineIndustrie.Data;
using SemaineIndustrie.Features.Events.Manage;
using SemaineIndustrie.Features.Geography;
using SemaineIndustrie.Features.Organisations;
using SemaineIndustrie.Features.Shared;
using SemaineIndustrie.Web;
using SemaineIndustrie.Web.Mail;

namespace SemaineIndustrie.Features.Events.Kit;

/// The kit's PDFs, for the organisers of a labelled event only.
public static class KitEndpoints
{
    public static IEndpointRouteBuilder MapKit(this IEndpointRouteBuilder app)
    {
        KitFonts.Install(Path.GetFullPath(app.ServiceProvider.GetRequiredService<IConfiguration>()["Geo:ReferenceDirectory"] ?? "Reference",
            app.ServiceProvider.GetRequiredService<IHostEnvironment>().ContentRootPath));
        var kit = app.MapGroup("/organisateur/evenements/{id:int}/kit").RequireAuthorization(Policies.Organiser);
        kit.MapGet("/certificat.pdf", (int id, ClaimsPrincipal user, AppDbContext db, FrenchGeography geography, IOptions<MailOptions> mail, CancellationToken ct) =>
            PdfAsync(id, user, db, geography, mail.Value, KitDocuments.Certificate, "certificat-label", ct));
        kit.MapGet("/affiche.pdf", (int id, ClaimsPrincipal user, AppDbContext db, FrenchGeography geography, IOptions<MailOptions> mail, CancellationToken ct) =>
            PdfAsync(id, user, db, geography, mail.Value, KitDocuments.Poster, "affiche", ct));
        return app;
    }

    private static async Task<Results<FileContentHttpResult, NotFound>> PdfAsync(int id, ClaimsPrincipal user, AppDbContext db, FrenchGeography geography,
        MailOptions mail, Func<KitEvent, byte[]> draw, string name, CancellationToken ct)
    {
        var e = await LoadAsync(db, id, user, geography, mail.PublicBaseUrl, ct);
        return e is null ? TypedResults.NotFound() : TypedResults.File(draw(e), "application/pdf", $"{name}-{e.Id}.pdf");
    }

    public static async Task<KitEvent?> LoadAsync(AppDbContext db, int id, ClaimsPrincipal user, FrenchGeography geography, string publicBaseUrl,
        CancellationToken ct)
    {
        var e = await db.Events.OwnedBy(user).AsNoTracking().Include(x => x.Sessions).Include(x => x.Edition).Include(x => x.Organisation)
            .FirstOrDefaultAsync(x => x.Id == id && x.Status == EventStatus.Labelled, ct);
        if (e is null)
        {
            return null;
        }
        var zone = TimeZoneInfo.FindSystemTimeZoneById(geography.TimeZoneOf(e.Place.RegionCode));
        var place = e.Format == EventFormat.Online ? "En ligne"
            : string.Join(", ", new[] { e.Place.AddressLine, $"{e.Place.PostalCode} {e.Place.CommuneName}".Trim() }.Where(p => !string.IsNullOrWhiteSpace(p)))
              + (e.Format == EventFormat.Mixed ? " et en ligne" : "");
        var registration = e.RegistrationMode switch
        {
            RegistrationMode.Platform => "Inscription gratuite et obligatoire en ligne",
            RegistrationMode.External => "Inscription gratuite : voir la page de l'événement",
            _ => null,
        };
        return new KitEvent(e.Id, e.Title, e.Summary, e.Organisation!.Name, e.Edition!.Number, e.Edition.Year, e.Edition.Theme,
            e.Sessions.OrderBy(s => s.StartsAt).Select(s => FrenchFormat.Slot(s.StartsAt, s.EndsAt, zone)).ToList(), place,
            publicBaseUrl.TrimEnd('/') + EventUrls.Page(e.Id, e.Slug), e.LabelledAt ?? e.UpdatedAt, registration);
    }
}
