using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using SemaineIndustrie.Data;
using SemaineIndustrie.Features.Discovery;
using SemaineIndustrie.Features.Events;

namespace SemaineIndustrie.Features.OpenData;

/// The formats of the same selection. JSON and GeoJSON come from the index alone; the calendar,
/// the CSV and the feed also need what only the database keeps (see <see cref="ExportRows"/>).
public static class OpenDataFormats
{
    public const string CalendarName = "Semaine de l'industrie";

    /// French text as it is (not as \u escapes), for people reading the files too.
    public static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web) { Encoder = Encoder };

    public static readonly OpenFormat Json = new("json", "application/json; charset=utf-8", Paged: true, MaxAgeSeconds: 60, WritePage);
    public static readonly OpenFormat GeoJson = new("geojson", "application/geo+json; charset=utf-8", Paged: false, MaxAgeSeconds: 300,
        (s, _) => Task.FromResult(GeoJsonFeed.Write(s)));
    public static readonly OpenFormat Calendar = new("ics", "text/calendar; charset=utf-8", Paged: false, MaxAgeSeconds: 300, WriteCalendarAsync);
    public static readonly OpenFormat Csv = new("csv", "text/csv; charset=utf-8; header=present", Paged: false, MaxAgeSeconds: 300,
        async (s, ct) => CsvFeed.Write(s, await ExportRows.LoadAsync(Db(s), [.. s.Events.Select(e => e.Id)], ct)));
    public static readonly OpenFormat Rss = new("rss", "application/rss+xml; charset=utf-8", Paged: false, MaxAgeSeconds: 300,
        async (s, ct) => RssFeed.Write(s, await ExportRows.LatestAsync(Db(s), s.Query.Search.EditionId, s.Events.Select(e => e.Id).ToHashSet(), RssFeed.Size, ct)));

    private static AppDbContext Db(OpenSelection selection) => selection.Request.HttpContext.RequestServices.GetRequiredService<AppDbContext>();

    private static Task<byte[]> WritePage(OpenSelection selection, CancellationToken ct)
    {
        var (events, query) = (selection.Events, selection.Query);
        var start = 0;
        if (query.After is { } after)
        {
            var (low, high) = (0, events.Count);
            while (low < high)
            {
                var middle = (low + high) / 2;
                (low, high) = EventCursor.Of(events[middle]).CompareTo(after) <= 0 ? (middle + 1, high) : (low, middle);
            }
            start = low;
        }
        var items = events.Skip(start).Take(query.Limit).ToList();
        var next = start + items.Count < events.Count ? selection.Origin + selection.Request.Path + NextQuery(selection.Request, EventCursor.Of(items[^1])) : null;
        var page = new EventsPage(events.Count, items.Select(e => OpenEvent.From(e, selection.Catalogue, selection.Origin)).ToList(), next);
        return Task.FromResult(JsonSerializer.SerializeToUtf8Bytes(page, JsonOptions));
    }

    private static string NextQuery(HttpRequest request, EventCursor last) => QueryString.Create(request.Query
        .Where(p => !p.Key.Equals(OpenDataQuery.CursorParameter, StringComparison.OrdinalIgnoreCase))
        .SelectMany(p => p.Value.Select(v => new KeyValuePair<string, string?>(p.Key, v)))
        .Append(new(OpenDataQuery.CursorParameter, last.ToString()))).Value!;

    private static async Task<byte[]> WriteCalendarAsync(OpenSelection selection, CancellationToken ct)
    {
        var rows = await ExportRows.LoadAsync(Db(selection), [.. selection.Events.Select(e => e.Id)], ct);
        var located = selection.Events.ToDictionary(e => e.Id);
        var events = rows.Select(r =>
        {
            var e = located[r.Id];
            var place = string.Join(", ", new[] { r.AddressLine, $"{e.PostalCode} {e.CommuneName}".Trim() }.Where(p => !string.IsNullOrWhiteSpace(p)));
            var onSite = e.Format != EventFormat.Online;
            return new CalendarEvent(r.Id, r.Title, r.Summary, selection.Origin + EventUrls.Page(r.Id, r.Slug), onSite && place.Length > 0 ? place : r.OnlineUrl,
                onSite ? e.Latitude : null, onSite ? e.Longitude : null, r.Status, r.UpdatedAt,
                r.Sessions.Select(s => new CalendarSession(s.Id, s.StartsAt, s.EndsAt)).ToList());
        });
        return Encoding.UTF8.GetBytes(EventCalendar.Write(events, CalendarName));
    }
}
