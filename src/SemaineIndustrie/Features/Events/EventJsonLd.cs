using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using SemaineIndustrie.Features.Shared;

namespace SemaineIndustrie.Features.Events;

/// The schema.org Event description search engines read from the event page.
public static class EventJsonLd
{
    // Readable accents, while the encoder still escapes <, > and & so the JSON cannot close its script tag.
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public static string Build(EventDetails e, string url, string? regionName, TimeZoneInfo zone)
    {
        var location = Location(e, regionName);
        var json = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "Event",
            ["name"] = e.Title,
            ["description"] = e.Summary,
            ["url"] = url,
            ["eventStatus"] = "https://schema.org/" + e.PublicStatus switch
            {
                PublicStatus.Cancelled => "EventCancelled",
                PublicStatus.Postponed => "EventPostponed",
                PublicStatus.Rescheduled => "EventRescheduled",
                _ => "EventScheduled",
            },
            ["eventAttendanceMode"] = "https://schema.org/" + e.Format switch
            {
                EventFormat.Online => "OnlineEventAttendanceMode",
                EventFormat.Mixed => "MixedEventAttendanceMode",
                _ => "OfflineEventAttendanceMode",
            },
            ["location"] = location,
            ["organizer"] = Compact(new JsonObject
            {
                ["@type"] = "Organization",
                ["name"] = e.OrganisationName,
                ["url"] = SafeLinks.Http(e.OrganisationWebsite),
            }),
            ["isAccessibleForFree"] = true,
            ["offers"] = Compact(new JsonObject
            {
                ["@type"] = "Offer",
                ["price"] = 0,
                ["priceCurrency"] = "EUR",
                ["availability"] = "https://schema.org/" + (e.PublicStatus == PublicStatus.Full ? "SoldOut" : "InStock"),
                ["url"] = e.RegistrationMode == RegistrationMode.External ? SafeLinks.Http(e.RegistrationUrl) ?? url : url,
            }),
        };
        if (e.Sessions.Count > 0)
        {
            json["startDate"] = Instant(e.Sessions[0].StartsAt, zone);
            json["endDate"] = Instant(e.Sessions.Max(s => s.EndsAt), zone);
        }
        if (e.Sessions.Count > 1)
        {
            json["subEvent"] = new JsonArray(e.Sessions.Select(s => (JsonNode)new JsonObject
            {
                ["@type"] = "Event",
                ["name"] = e.Title,
                ["startDate"] = Instant(s.StartsAt, zone),
                ["endDate"] = Instant(s.EndsAt, zone),
                ["eventAttendanceMode"] = json["eventAttendanceMode"]!.DeepClone(),
                ["location"] = location?.DeepClone(),
                ["url"] = url,
            }).ToArray());
        }
        return Compact(json).ToJsonString(Options);
    }

    private static JsonNode? Location(EventDetails e, string? regionName)
    {
        var place = e.Place;
        JsonNode? onSite = e.IsOnSite ? Compact(new JsonObject
        {
            ["@type"] = "Place",
            ["name"] = place.CommuneName is { Length: > 0 } commune ? $"{e.OrganisationName}, {commune}" : e.OrganisationName,
            ["address"] = Compact(new JsonObject
            {
                ["@type"] = "PostalAddress",
                ["streetAddress"] = place.AddressLine,
                ["postalCode"] = place.PostalCode,
                ["addressLocality"] = place.CommuneName,
                ["addressRegion"] = regionName,
                ["addressCountry"] = "FR",
            }),
            ["geo"] = place is { Latitude: { } lat, Longitude: { } lon }
                ? new JsonObject { ["@type"] = "GeoCoordinates", ["latitude"] = lat, ["longitude"] = lon }
                : null,
        }) : null;
        JsonNode? online = e.IsOnline && SafeLinks.Http(e.OnlineUrl) is { } onlineUrl
            ? new JsonObject { ["@type"] = "VirtualLocation", ["url"] = onlineUrl }
            : null;
        return (onSite, online) switch
        {
            ({ }, { }) => new JsonArray(onSite, online),
            _ => onSite ?? online,
        };
    }

    private static string Instant(DateTime utc, TimeZoneInfo zone)
    {
        var instant = DateTime.SpecifyKind(utc, DateTimeKind.Utc);
        return TimeZoneInfo.ConvertTime(new DateTimeOffset(instant), zone).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
    }

    /// Leaves out properties without a value rather than writing null.
    private static JsonObject Compact(JsonObject json)
    {
        foreach (var key in json.Where(p => p.Value is null).Select(p => p.Key).ToList())
        {
            json.Remove(key);
        }
        return json;
    }
}
