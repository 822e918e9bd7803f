using System.Text.Json;
using SemaineIndustrie.Features.Discovery;
using SemaineIndustrie.Features.Events;

namespace SemaineIndustrie.Features.OpenData;

/// The selection as an RFC 7946 FeatureCollection: one Point per located event, longitude first.
/// Online events have no place and are left out (a map cannot show them).
public static class GeoJsonFeed
{
    public static byte[] Write(OpenSelection selection)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = OpenDataFormats.Encoder }))
        {
            json.WriteStartObject();
            json.WriteString("type", "FeatureCollection");
            json.WriteStartArray("features");
            foreach (var e in selection.Events.Where(e => e.Latitude is not null && e.Longitude is not null))
            {
                var type = selection.Catalogue.Types.Items[e.Type];
                json.WriteStartObject();
                json.WriteString("type", "Feature");
                json.WriteNumber("id", e.Id);
                json.WriteStartObject("geometry");
                json.WriteString("type", "Point");
                json.WriteStartArray("coordinates");
                json.WriteNumberValue(Math.Round(e.Longitude!.Value, 6));
                json.WriteNumberValue(Math.Round(e.Latitude!.Value, 6));
                json.WriteEndArray();
                json.WriteEndObject();
                json.WriteStartObject("properties");
                json.WriteString("title", e.Title);
                json.WriteString("url", selection.Origin + EventUrls.Page(e.Id, e.Slug));
                json.WriteString("organisation", e.OrganisationName);
                json.WriteString("type", type.Code);
                json.WriteString("typeLabel", type.Label);
                json.WriteString("format", SearchParameters.FormatCodes[e.Format]);
                json.WriteString("status", OpenCodes.Status(e.PublicStatus));
                json.WriteString("commune", e.CommuneName);
                json.WriteString("postalCode", e.PostalCode);
                json.WriteString("department", e.DepartmentCode);
                json.WriteString("region", e.RegionCode);
                json.WriteString("startsAt", DateTime.SpecifyKind(e.FirstStartsAt, DateTimeKind.Utc));
                json.WriteString("endsAt", DateTime.SpecifyKind(e.LastEndsAt, DateTimeKind.Utc));
                json.WriteNumber("sessions", e.Sessions.Length);
                json.WriteEndObject();
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return buffer.ToArray();
    }
}
