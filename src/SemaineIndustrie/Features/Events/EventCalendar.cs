using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using SemaineIndustrie.Data;
using SemaineIndustrie.Features.Site;
using SemaineIndustrie.Web;

namespace SemaineIndustrie.Features.Events;

public sealed record CalendarEvent(int Id, string Title, string Summary, string Url, string? Location,
    double? Latitude, double? Longitude, PublicStatus Status, DateTime UpdatedAt, IReadOnlyList<CalendarSession> Sessions);

public sealed record CalendarSession(int Id, DateTime StartsAt, DateTime EndsAt);

/// « Ajouter à mon agenda »: an iCalendar file (RFC 5545) with one VEVENT per session.
public static class EventCalendar
{
    public static IEndpointRouteBuilder MapEventCalendar(this IEndpointRouteBuilder app)
    {
        app.MapGet($"/evenements/{{reference:{EventReference.Constraint}}}/agenda.ics", Download)
            .ExcludeFromDescription()
            .CacheOutput(WebSetup.CataloguePagePolicy);
        return app;
    }

    private static async Task<Results<FileContentHttpResult, NotFound>> Download(
        string reference, AppDbContext db, PublicSite site, CancellationToken ct)
    {
        if (!EventReference.TryParseId(reference, out var id))
        {
            return TypedResults.NotFound();
        }
        var details = await db.Events.AsNoTracking().Labelled().Where(e => e.Id == id).Details().FirstOrDefaultAsync(ct);
        if (details is null)
        {
            return TypedResults.NotFound();
        }
        var url = site.Url(EventUrls.Page(details.Id, details.Slug));
        var text = Write(From(details, url));
        return TypedResults.File(Encoding.UTF8.GetBytes(text), "text/calendar; charset=utf-8", $"{details.Slug}.ics");
    }

    public static CalendarEvent From(EventDetails e, string url)
    {
        var place = e.Place;
        var address = string.Join(", ", new[] { place.AddressLine, $"{place.PostalCode} {place.CommuneName}".Trim() }
            .Where(part => !string.IsNullOrWhiteSpace(part)));
        var location = e.IsOnSite && address.Length > 0 ? address : e.OnlineUrl;
        return new CalendarEvent(e.Id, e.Title, e.Summary, url, location,
            e.IsOnSite ? place.Latitude : null, e.IsOnSite ? place.Longitude : null, e.PublicStatus, e.UpdatedAt,
            e.Sessions.Select(s => new CalendarSession(s.Id, s.StartsAt, s.EndsAt)).ToList());
    }

    public static string Write(CalendarEvent calendarEvent) => Write([calendarEvent], null);

    /// Several events in one calendar (the open-data feed), each session keeping the UID it has in
    /// its event's own file, so a calendar that imports both does not count it twice.
    public static string Write(IEnumerable<CalendarEvent> events, string? calendarName)
    {
        var ics = new StringBuilder();
        void Line(string name, string value) => CalendarText.AppendLine(ics, $"{name}:{value}");

        Line("BEGIN", "VCALENDAR");
        Line("VERSION", "2.0");
        Line("PRODID", "-//Semaine de l'industrie//FR");
        Line("CALSCALE", "GREGORIAN");
        Line("METHOD", "PUBLISH");
        if (calendarName is not null)
        {
            Line("X-WR-CALNAME", CalendarText.Escape(calendarName));
        }
        foreach (var calendarEvent in events)
        {
            AppendSessions(ics, calendarEvent);
        }
        Line("END", "VCALENDAR");
        return ics.ToString();
    }

    private static void AppendSessions(StringBuilder ics, CalendarEvent calendarEvent)
    {
        void Line(string name, string value) => CalendarText.AppendLine(ics, $"{name}:{value}");

        foreach (var session in calendarEvent.Sessions)
        {
            Line("BEGIN", "VEVENT");
            Line("UID", $"seance-{session.Id}@semaine-industrie.gouv.fr");
            Line("DTSTAMP", Utc(calendarEvent.UpdatedAt));
            Line("DTSTART", Utc(session.StartsAt));
            Line("DTEND", Utc(session.EndsAt));
            Line("SUMMARY", CalendarText.Escape(calendarEvent.Title));
            Line("DESCRIPTION", CalendarText.Escape($"{calendarEvent.Summary}\n\n{calendarEvent.Url}"));
            if (!string.IsNullOrWhiteSpace(calendarEvent.Location))
            {
                Line("LOCATION", CalendarText.Escape(calendarEvent.Location));
            }
            if (calendarEvent is { Latitude: { } lat, Longitude: { } lon })
            {
                Line("GEO", string.Create(CultureInfo.InvariantCulture, $"{lat:0.######};{lon:0.######}"));
            }
            Line("URL", calendarEvent.Url);
            Line("STATUS", Status(calendarEvent.Status));
            Line("END", "VEVENT");
        }
    }

    // A postponed event has no firm date yet: calendars show TENTATIVE rather than a confirmed slot.
    private static string Status(PublicStatus status) => status switch
    {
        PublicStatus.Cancelled => "CANCELLED",
        PublicStatus.Postponed => "TENTATIVE",
        _ => "CONFIRMED",
    };

    private static string Utc(DateTime instant) =>
        DateTime.SpecifyKind(instant, DateTimeKind.Utc).ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
}
