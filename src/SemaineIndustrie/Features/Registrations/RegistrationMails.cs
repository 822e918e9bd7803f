using System.Text;
using Microsoft.EntityFrameworkCore;
using SemaineIndustrie.Data;
using SemaineIndustrie.Features.Events;
using SemaineIndustrie.Features.Geography;
using SemaineIndustrie.Features.Shared;
using SemaineIndustrie.Web.Mail;

namespace SemaineIndustrie.Features.Registrations;

/// The registrant's e-mails: confirmation (with the session in an .ics file), waiting list, and the
/// good news when a seat frees up. Each carries the personal link to view, change or cancel.
public sealed class RegistrationMails(AppDbContext db, IMailSender sender, RegistrationLinks links, FrenchGeography geography,
    Microsoft.Extensions.Options.IOptions<MailOptions> mail)
{
    public async Task SendRegisteredAsync(int registrationId, CancellationToken ct)
    {
        var r = await LoadAsync(registrationId, ct);
        if (r?.Registration.Email is null)
        {
            return;
        }
        var confirmed = r.Registration.Status == RegistrationStatus.Confirmed;
        await SendAsync(r, confirmed ? $"Inscription confirmée : {r.Event.Title}" : $"Liste d'attente : {r.Event.Title}",
            confirmed
                ? $"Votre inscription est confirmée{Who(r.Registration)}."
                : $"Le créneau est complet : vous êtes sur la liste d'attente{Who(r.Registration)}. Si des places se libèrent, vous serez inscrit automatiquement et prévenu par courriel.",
            confirmed, ct);
    }

    public async Task SendPromotedAsync(IEnumerable<int> registrationIds, CancellationToken ct)
    {
        foreach (var id in registrationIds)
        {
            var r = await LoadAsync(id, ct);
            if (r?.Registration.Email is not null)
            {
                await SendAsync(r, $"Une place s'est libérée : vous êtes inscrit à « {r.Event.Title} »",
                    $"Bonne nouvelle : des places se sont libérées et votre inscription{Who(r.Registration)} est maintenant confirmée.", true, ct);
            }
        }
    }

    private async Task SendAsync(Loaded r, string subject, string opening, bool withCalendar, CancellationToken ct)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(geography.TimeZoneOf(r.Event.Place.RegionCode));
        var place = r.Event.Format == EventFormat.Online ? r.Event.OnlineUrl ?? "en ligne"
            : $"{r.Event.Place.AddressLine}, {r.Event.Place.PostalCode} {r.Event.Place.CommuneName}";
        var eventUrl = mail.Value.PublicBaseUrl.TrimEnd('/') + EventUrls.Page(r.Event.Id, r.Event.Slug);
        var body = $"""
            Bonjour {r.Registration.Name},

            {opening}

            {r.Event.Title}
            {FrenchFormat.Slot(r.Session.StartsAt, r.Session.EndsAt, zone)}
            {place}
            {r.Event.AccessInfo}

            Voir, modifier ou annuler votre inscription (lien personnel, valable jusqu'à la fin de l'édition) :
            {links.Url(r.Registration.Id, r.EditionEndsOn)}

            La page de l'événement : {eventUrl}
            Vos données servent à organiser votre venue ; elles sont effacées après l'édition (voir {mail.Value.PublicBaseUrl.TrimEnd('/')}/donnees-personnelles).

            L'équipe de la Semaine de l'industrie
            """;
        var attachments = withCalendar
            ? new[] { new MailAttachment($"{r.Event.Slug}.ics", "text/calendar", Encoding.UTF8.GetBytes(EventCalendar.Write(new CalendarEvent(
                r.Event.Id, r.Event.Title, r.Event.Summary, eventUrl, place, r.Event.Place.Latitude, r.Event.Place.Longitude, r.Event.PublicStatus,
                r.Event.UpdatedAt, [new CalendarSession(r.Session.Id, r.Session.StartsAt, r.Session.EndsAt)])))) }
            : [];
        await sender.SendAsync(new OutgoingMail(r.Registration.Email!, subject, body) { Attachments = attachments }, ct);
    }

    private static string Who(Registration r) => r.Kind == RegistrationKind.Group
        ? $" pour un groupe de {r.Participants} participant{(r.Participants > 1 ? "s" : "")}{(r.Establishment is null ? "" : $" ({r.Establishment})")}"
        : "";

    private sealed record Loaded(Registration Registration, Session Session, LoadedEvent Event, DateOnly EditionEndsOn);

    private sealed record LoadedEvent(int Id, string Title, string Slug, string Summary, EventFormat Format, string? OnlineUrl, Place Place,
        string? AccessInfo, PublicStatus PublicStatus, DateTime UpdatedAt);

    private async Task<Loaded?> LoadAsync(int registrationId, CancellationToken ct)
    {
        var registration = await db.Registrations.AsNoTracking().Include(x => x.Session).FirstOrDefaultAsync(x => x.Id == registrationId, ct);
        if (registration is null)
        {
            return null;
        }
        var e = await db.Events.AsNoTracking().Where(x => x.Id == registration.EventId)
            .Select(x => new { Event = new LoadedEvent(x.Id, x.Title, x.Slug, x.Summary, x.Format, x.OnlineUrl, x.Place, x.Place.AccessInfo, x.PublicStatus, x.UpdatedAt), x.Edition!.EndsOn })
            .SingleAsync(ct);
        return new Loaded(registration, registration.Session!, e.Event, e.EndsOn);
    }
}
